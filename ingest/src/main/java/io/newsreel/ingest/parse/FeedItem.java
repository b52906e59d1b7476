package io.newsreel.ingest.parse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One item of a feed as the feed wrote it, before normalization: HTML is still HTML.
 *
 * @param guid the item's GUID or Atom id, or null
 * @param link the item's link, or null
 * @param title title, possibly with HTML
 * @param author author, or null
 * @param published publication (or else update) time, or null when the item has none
 * @param publishedOffset the UTC offset {@code published} was written in, or null (see {@link PublishedOffsets})
 * @param summaryHtml the description or Atom summary, or null
 * @param contentHtml the full content ({@code content:encoded}, Atom content), or null
 * @param language language declared for the item or its feed, or null
 * @param enclosures URLs of enclosures and media
 */
public record FeedItem(
        String guid,
        String link,
        String title,
        String author,
        Instant published,
        ZoneOffset publishedOffset,
        String summaryHtml,
        String contentHtml,
        String language,
        List<String> enclosures) {
    public FeedItem {
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }
}
