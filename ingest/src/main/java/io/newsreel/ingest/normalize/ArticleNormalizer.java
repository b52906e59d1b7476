package io.newsreel.ingest.normalize;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.parse.FeedItem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Turns a feed item into a normalized {@link Article}: plain text, canonical URL, stable id, and a publication time
 * even when the feed gave none (then flagged as estimated).
 */
public final class ArticleNormalizer {

    /**
     * Normalizes one item; the revision is left at 1 and set by deduplication.
     *
     * @param feedUrl the feed the item came from
     * @param item the item as parsed
     * @param firstSeen when ingest first saw it
     * @param writtenIn the zone the outlet writes in, which gives the offset of an item dated in UTC or not at all;
     *                  null to go by the feed's offsets alone
     */
    public Article normalize(final String feedUrl, final FeedItem item, final Instant firstSeen,
                             final ZoneId writtenIn) {
        final String canonicalUrl = UrlCanonicalizer.canonicalize(item.link());
        final String title = HtmlText.toText(item.title());
        final String summary = HtmlText.toText(item.summaryHtml());
        final String content = HtmlText.toText(item.contentHtml());
        final boolean estimated = item.published() == null;
        final Instant published = estimated ? firstSeen : item.published();
        final String id = ArticleIds.idFor(feedUrl, item.guid(), canonicalUrl, title, item.published());
        return new Article(
                id,
                1,
                canonicalUrl != null ? canonicalUrl : item.link(),
                feedUrl,
                title,
                item.author(),
                published,
                estimated,
                summary.isEmpty() ? null : summary,
                content.isEmpty() ? summary : content,
                item.language(),
                firstSeen,
                item.enclosures(),
                offset(item.publishedOffset(), published, writtenIn));
    }

    /** An offset the feed wrote (other than UTC's) says where the item was written, better than the desk's zone. */
    private static ZoneOffset offset(final ZoneOffset written, final Instant published, final ZoneId writtenIn) {
        if (written != null || writtenIn == null) {
            return written;
        }
        return writtenIn.getRules().getOffset(published);
    }
}
