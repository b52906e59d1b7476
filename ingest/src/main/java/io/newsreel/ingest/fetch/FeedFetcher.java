package io.newsreel.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

/**
 * Fetches feed (and article page) bytes over HTTP: conditional GET, redirects followed by hand (at most
 * {@link FetchSettings#maxRedirects()}, loops detected), gzip and deflate decoded with the size cap applied after
 * decoding, one deadline for the whole fetch, and only addresses the {@link AddressPolicy} permits, checked at
 * connect time on every hop. It knows nothing about feed formats.
 *
 * <p>Jetty's client rather than {@code java.net.http}: only a client that lets us resolve host names ourselves can
 * check the address it actually connects to.
 */
public final class FeedFetcher implements AutoCloseable {

    private final HttpClient client;
    private final FetchSettings settings;
    private final Clock clock;

    public FeedFetcher(final FetchSettings settings, final Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = new HttpClient();
        client.setFollowRedirects(false);
        client.setConnectTimeout(settings.connectTimeout().toMillis());
        client.setIdleTimeout(settings.requestTimeout().toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
        client.setSocketAddressResolver(new GuardedResolver(new AddressPolicy(settings.allowPrivateAddresses())));
        try {
            client.start();
        } catch (final Exception e) {
            throw new IllegalStateException("Cannot start the HTTP client", e);
        }
        // Bodies are decoded here, so that the size cap counts decoded bytes and stops a compression bomb early.
        // Cleared after start: Jetty 12.1 installs its gzip decoder at start when the list is empty, and that
        // decoder spins forever on a truncated gzip stream, deaf to the request timeout.
        client.getContentDecoderFactories().clear();
    }

    public FetchResult fetch(final URI uri, final Validators known) throws FetchException {
        final Instant deadline = clock.instant().plus(settings.totalTimeout());
        final Set<URI> visited = new HashSet<>();
        URI current = uri;
        boolean allPermanent = true;
        for (int hop = 0; ; hop++) {
            checkScheme(current);
            visited.add(current);
            final Exchange exchange = start(current, known, deadline);
            final int status = exchange.response().getStatus();
            if (isRedirect(status)) {
                exchange.discard();
                final URI next = redirectTarget(current, exchange.response());
                if (!visited.add(next)) {
                    throw new FetchException(uri, FetchFailure.REDIRECT_LOOP, status,
                            "redirect loop back to " + next, null);
                }
                if (hop + 1 > settings.maxRedirects()) {
                    throw new FetchException(uri, FetchFailure.TOO_MANY_REDIRECTS, status,
                            "more than " + settings.maxRedirects() + " redirects", null);
                }
                allPermanent &= status == 301 || status == 308;
                current = next;
                continue;
            }
            if (status == 304) {
                exchange.discard();
                return new FetchResult.NotModified();
            }
            if (status == 429 || status == 503) {
                exchange.discard();
                final Duration retryAfter = RetryAfter.parse(
                        exchange.response().getHeaders().get(HttpHeader.RETRY_AFTER), clock);
                throw new FetchException(uri, FetchFailure.RATE_LIMITED, status, retryAfter,
                        "HTTP status " + status + (retryAfter == null ? "" : ", retry after " + retryAfter), null);
            }
            if (status < 200 || status > 299) {
                exchange.discard();
                throw new FetchException(uri, FetchFailure.HTTP_STATUS, status, "HTTP status " + status, null);
            }
            final byte[] body = exchange.readBody(uri, deadline);
            return new FetchResult.Fetched(current, body,
                    exchange.response().getHeaders().get(HttpHeader.CONTENT_TYPE),
                    new Validators(exchange.response().getHeaders().get(HttpHeader.ETAG),
                            exchange.response().getHeaders().get(HttpHeader.LAST_MODIFIED)),
                    hop > 0 && allPermanent);
        }
    }

    private static void checkScheme(final URI uri) throws FetchException {
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException(uri, FetchFailure.UNSUPPORTED_SCHEME, null,
                    "only http and https URLs with a host are fetched", null);
        }
    }

    private Exchange start(final URI uri, final Validators known, final Instant deadline) throws FetchException {
        final long remaining = remainingMillis(uri, deadline);
        final Request request = client.newRequest(uri)
                .method(HttpMethod.GET)
                .timeout(remaining, TimeUnit.MILLISECONDS)
                .headers(headers -> {
                    headers.put(HttpHeader.ACCEPT, "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                            + " text/xml;q=0.9, */*;q=0.1");
                    headers.put(HttpHeader.ACCEPT_ENCODING, "gzip, deflate");
                    if (known.etag() != null) {
                        headers.put(HttpHeader.IF_NONE_MATCH, known.etag());
                    }
                    if (known.lastModified() != null) {
                        headers.put(HttpHeader.IF_MODIFIED_SINCE, known.lastModified());
                    }
                });
        final InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            return new Exchange(request, listener, listener.get(remaining, TimeUnit.MILLISECONDS));
        } catch (final TimeoutException e) {
            request.abort(e);
            throw new FetchException(uri, FetchFailure.TIMEOUT, null, "no answer within the deadline", e);
        } catch (final ExecutionException e) {
            throw failure(uri, e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abort(e);
            throw new FetchException(uri, FetchFailure.INTERRUPTED, null, "interrupted", e);
        }
    }

    private long remainingMillis(final URI uri, final Instant deadline) throws FetchException {
        final long remaining = Duration.between(clock.instant(), deadline).toMillis();
        if (remaining <= 0) {
            throw new FetchException(uri, FetchFailure.TIMEOUT, null,
                    "not done within " + settings.totalTimeout(), null);
        }
        return remaining;
    }

    static FetchException failure(final URI uri, final Throwable cause) {
        if (cause instanceof BlockedAddressException) {
            return new FetchException(uri, FetchFailure.BLOCKED_ADDRESS, null, cause.getMessage(), cause);
        }
        if (cause instanceof UnknownHostException) {
            return new FetchException(uri, FetchFailure.DNS, null, "unknown host " + cause.getMessage(), cause);
        }
        if (cause instanceof TimeoutException || cause != null && cause.getCause() instanceof TimeoutException) {
            return new FetchException(uri, FetchFailure.TIMEOUT, null, "timed out: " + cause.getMessage(), cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(uri, FetchFailure.CONNECTION, null, "cannot connect: " + cause.getMessage(),
                    cause);
        }
        return new FetchException(uri, FetchFailure.CONNECTION, null, "connection failed: " + cause, cause);
    }

    private static boolean isRedirect(final int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(final URI from, final Response response) throws FetchException {
        final String location = response.getHeaders().get(HttpHeader.LOCATION);
        if (location == null || location.isBlank()) {
            throw new FetchException(from, FetchFailure.BAD_REDIRECT, response.getStatus(),
                    "redirect without a Location", null);
        }
        try {
            return from.resolve(location.strip()).normalize();
        } catch (final IllegalArgumentException e) {
            throw new FetchException(from, FetchFailure.BAD_REDIRECT, response.getStatus(),
                    "redirect to an invalid Location: " + location, e);
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (final Exception e) {
            throw new IllegalStateException("Cannot stop the HTTP client", e);
        }
    }

    /** One request and its response, whose body is read or discarded exactly once. */
    private final class Exchange {

        private final Request request;
        private final InputStreamResponseListener listener;
        private final Response response;

        Exchange(final Request request, final InputStreamResponseListener listener, final Response response) {
            this.request = request;
            this.listener = listener;
            this.response = response;
        }

        Response response() {
            return response;
        }

        void discard() {
            request.abort(new IOException("body not needed"));
        }

        byte[] readBody(final URI uri, final Instant deadline) throws FetchException {
            final String encoding = response.getHeaders().get(HttpHeader.CONTENT_ENCODING);
            try (InputStream raw = listener.getInputStream();
                 InputStream decoded = BodyDecoding.decode(raw, encoding)) {
                return BodyDecoding.readCapped(decoded, settings.maxBodyBytes());
            } catch (final BodyDecoding.TooLargeException e) {
                request.abort(e);
                throw new FetchException(uri, FetchFailure.TOO_LARGE, response.getStatus(), e.getMessage(), e);
            } catch (final BodyDecoding.BadEncodingException e) {
                request.abort(e);
                throw new FetchException(uri, FetchFailure.BAD_ENCODING, response.getStatus(), e.getMessage(), e);
            } catch (final IOException e) {
                request.abort(e);
                if (!clock.instant().isBefore(deadline)) {
                    throw new FetchException(uri, FetchFailure.TIMEOUT, response.getStatus(),
                            "body not received within " + settings.totalTimeout(), e);
                }
                throw failure(uri, e.getCause() != null ? e.getCause() : e);
            }
        }
    }
}
