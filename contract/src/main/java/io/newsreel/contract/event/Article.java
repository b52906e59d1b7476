package io.newsreel.contract.event;

import java.time.Instant;

/**
 * One normalized news article as ingest publishes it on {@code raw-articles}, keyed by {@link #id()}.
 *
 * <p>A later revision of the same story keeps the id and carries a higher {@link #revision()}; consumers keep the
 * highest revision they have seen.
 *
 * @param id stable article id (see ingest's id canonicalizer)
 * @param revision 1 for the first version published, incremented on each real content change
 * @param url canonical article URL
 * @param feedUrl URL of the feed the article was read from
 * @param title plain-text title
 * @param author author as the feed names it, or null
 * @param published publication time, or the first-seen time when the feed gave none
 * @param publishedEstimated true when the feed gave no date and {@code published} is the first-seen time
 * @param summary plain-text summary, or null
 * @param text plain-text body with paragraphs separated by blank lines
 * @param language language tag declared by the feed or item, or null
 * @param firstSeen when ingest first saw this article
 */
public record Article(
        String id,
        int revision,
        String url,
        String feedUrl,
        String title,
        String author,
        Instant published,
        boolean publishedEstimated,
        String summary,
        String text,
        String language,
        Instant firstSeen) {
}
