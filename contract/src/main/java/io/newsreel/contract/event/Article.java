package io.newsreel.contract.event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
 * @param media URLs of the item's enclosures and Media RSS content (images, trailers, podcasts)
 * @param publishedOffset the UTC offset the feed wrote {@code published} in ("+09:00"): "tomorrow" in the text
 *                        counts from the date at that offset; null when the feed wrote none, and in articles
 *                        published before ingest kept offsets
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
        Instant firstSeen,
        List<String> media,
        ZoneOffset publishedOffset) {

    public Article {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** An article without media. */
    public Article(final String id, final int revision, final String url, final String feedUrl, final String title,
                   final String author, final Instant published, final boolean publishedEstimated,
                   final String summary, final String text, final String language, final Instant firstSeen) {
        this(id, revision, url, feedUrl, title, author, published, publishedEstimated, summary, text, language,
                firstSeen, List.of(), null);
    }

    /** This article with another revision number. */
    public Article withRevision(final int newRevision) {
        return new Article(id, newRevision, url, feedUrl, title, author, published, publishedEstimated, summary,
                text, language, firstSeen, media, publishedOffset);
    }

    /** This article with another body text. */
    public Article withText(final String newText) {
        return new Article(id, revision, url, feedUrl, title, author, published, publishedEstimated, summary,
                newText, language, firstSeen, media, publishedOffset);
    }
}
