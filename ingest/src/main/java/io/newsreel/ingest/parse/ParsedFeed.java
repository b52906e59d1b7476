package io.newsreel.ingest.parse;

import java.util.List;

/**
 * A feed as read from its bytes.
 *
 * @param title the feed's title, or null
 * @param items its items in document order
 */
public record ParsedFeed(String title, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
