package io.newsreel.ingest.fetch;

/** Why a fetch failed, each with the short code error records carry as their {@code kind}. */
public enum FetchFailure {
    HTTP_STATUS("http-status"),
    RATE_LIMITED("rate-limited"),
    TOO_LARGE("too-large"),
    TIMEOUT("timeout"),
    CONNECTION("connection"),
    DNS("dns"),
    BAD_ENCODING("bad-encoding"),
    REDIRECT_LOOP("redirect-loop"),
    TOO_MANY_REDIRECTS("too-many-redirects"),
    BAD_REDIRECT("bad-redirect"),
    BLOCKED_ADDRESS("blocked-address"),
    UNSUPPORTED_SCHEME("unsupported-scheme"),
    INTERRUPTED("interrupted");

    private final String kind;

    FetchFailure(final String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
