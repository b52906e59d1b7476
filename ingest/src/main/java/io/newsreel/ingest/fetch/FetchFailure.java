package io.newsreel.ingest.fetch;

/** Why a fetch failed, in words short enough for an error record's {@code kind}. */
public enum FetchFailure {
    HTTP_STATUS("http-status"),
    TOO_LARGE("too-large"),
    TIMEOUT("timeout"),
    CONNECTION("connection"),
    BAD_ENCODING("bad-encoding"),
    INTERRUPTED("interrupted");

    private final String kind;

    FetchFailure(final String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
