package io.newsreel.ingest.fetch;

import java.time.Duration;

/**
 * Limits every fetch obeys.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time until the response headers arrive
 * @param totalTimeout time for the whole fetch, redirects and body included, so a server that trickles bytes
 *                     cannot hold a fetcher
 * @param maxBodyBytes largest body accepted, counted after decompression so that a compressed bomb stops early
 * @param maxRedirects redirects followed before giving up
 * @param userAgent the User-Agent header, naming newsreel so publishers know who polls them
 * @param allowPrivateAddresses whether loopback, private, link-local and similar addresses may be fetched; off in
 *                              production so feeds cannot reach internal services, on for the local run and tests
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        String userAgent,
        boolean allowPrivateAddresses) {

    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(20), 10L * 1024 * 1024, 5,
            "newsreel/0.1 (feed aggregator; +https://github.com/newsreel/newsreel)", false);

    public FetchSettings withAllowPrivateAddresses(final boolean allow) {
        return new FetchSettings(connectTimeout, requestTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent,
                allow);
    }

    public FetchSettings withMaxBodyBytes(final long bytes) {
        return new FetchSettings(connectTimeout, requestTimeout, totalTimeout, bytes, maxRedirects, userAgent,
                allowPrivateAddresses);
    }

    public FetchSettings withTotalTimeout(final Duration timeout) {
        return new FetchSettings(connectTimeout, requestTimeout, timeout, maxBodyBytes, maxRedirects, userAgent,
                allowPrivateAddresses);
    }
}
