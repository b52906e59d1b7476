package io.newsreel.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * A feed or page could not be fetched; names the URL, the kind of failure, the HTTP status when there was one and
 * how long the server asked us to wait when it did.
 */
public final class FetchException extends Exception {

    private final URI uri;
    private final FetchFailure failure;
    private final Integer httpStatus;
    private final Duration retryAfter;

    public FetchException(final URI uri, final FetchFailure failure, final Integer httpStatus, final String message,
                          final Throwable cause) {
        this(uri, failure, httpStatus, null, message, cause);
    }

    public FetchException(final URI uri, final FetchFailure failure, final Integer httpStatus,
                          final Duration retryAfter, final String message, final Throwable cause) {
        super(uri + ": " + message, cause);
        this.uri = uri;
        this.failure = failure;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public URI uri() {
        return uri;
    }

    public FetchFailure failure() {
        return failure;
    }

    /** The HTTP status the server answered with, or null when there was no answer. */
    public Integer httpStatus() {
        return httpStatus;
    }

    /** How long the server asked us to wait (429, 503 with {@code Retry-After}), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
