package io.newsreel.ingest.fetch;

import java.net.URI;

/** A feed could not be fetched; names the feed, the kind of failure and the HTTP status when there was one. */
public final class FetchException extends Exception {

    private final URI uri;
    private final FetchFailure failure;
    private final Integer httpStatus;

    public FetchException(final URI uri, final FetchFailure failure, final Integer httpStatus, final String message,
                          final Throwable cause) {
        super(uri + ": " + message, cause);
        this.uri = uri;
        this.failure = failure;
        this.httpStatus = httpStatus;
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
}
