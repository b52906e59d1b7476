package io.newsreel.ingest.subscription;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** At most a few fetches at once per host, so that many feeds on one site never hammer it. */
public final class HostLimiter {

    private final int perHost;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    public HostLimiter(final int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("perHost must be at least 1, was " + perHost);
        }
        this.perHost = perHost;
    }

    /** Takes a permit for the URL's host when one is free; never waits. */
    public boolean tryAcquire(final String url) {
        return permits.computeIfAbsent(host(url), host -> new Semaphore(perHost)).tryAcquire();
    }

    public void release(final String url) {
        final Semaphore semaphore = permits.get(host(url));
        if (semaphore != null) {
            semaphore.release();
        }
    }

    private static String host(final String url) {
        try {
            final String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (final IllegalArgumentException e) {
            return url;
        }
    }
}
