package io.newsreel.ingest.parse;

/** Feed bytes could not be read as RSS or Atom; names the feed, says what kind of bad it is and keeps the cause. */
public final class FeedParseException extends Exception {

    /** What was wrong with the bytes, with the short code error records carry as their {@code kind}. */
    public enum Kind {
        EMPTY("empty-body"),
        NOT_A_FEED("not-a-feed"),
        FORBIDDEN_DOCTYPE("forbidden-doctype"),
        MALFORMED("malformed-feed");

        private final String code;

        Kind(final String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;

    public FeedParseException(final String feedUrl, final Kind kind, final String message, final Throwable cause) {
        super(feedUrl + ": " + message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
