package io.newsreel.ingest.parse;

/** Feed bytes could not be read as RSS or Atom; names the feed and keeps ROME's cause. */
public final class FeedParseException extends Exception {

    private final String feedUrl;

    public FeedParseException(final String feedUrl, final Throwable cause) {
        super(feedUrl + ": not a readable feed: " + cause.getMessage(), cause);
        this.feedUrl = feedUrl;
    }

    public String feedUrl() {
        return feedUrl;
    }
}
