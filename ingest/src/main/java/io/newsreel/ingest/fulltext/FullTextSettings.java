package io.newsreel.ingest.fulltext;

/**
 * When ingest fetches an article's page for its full text.
 *
 * @param enabled the default for feeds whose subscription does not say
 * @param minChars an article whose feed text is shorter than this gets its page fetched
 */
public record FullTextSettings(boolean enabled, int minChars) {

    public static final FullTextSettings DEFAULTS = new FullTextSettings(true, 500);
}
