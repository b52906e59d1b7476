package io.newsreel.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.ingest.parse.FeedItem;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.parse.FeedParser;
import io.newsreel.ingest.parse.ParsedFeed;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticFeedsTest {

    private static final String URL = "http://127.0.0.1:8099/feeds/7.xml";
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private final FeedParser parser = new FeedParser();

    @Test
    void shouldGiveTheSameBytesForTheSameSeed() {
        // Given two generators with one seed, and one with another
        final SyntheticFeeds feeds = new SyntheticFeeds(42, 100, 20, 0.1);
        final SyntheticFeeds again = new SyntheticFeeds(42, 100, 20, 0.1);
        final SyntheticFeeds other = new SyntheticFeeds(43, 100, 20, 0.1);

        // Then
        assertThat(again.feed(7, 0)).isEqualTo(feeds.feed(7, 0));
        assertThat(again.feed(9, 1)).isEqualTo(feeds.feed(9, 1));
        assertThat(other.feed(7, 0)).isNotEqualTo(feeds.feed(7, 0));
    }

    @Test
    void shouldListTheRequestedItemsAsRssTheParserReads() throws FeedParseException {
        // Given
        final SyntheticFeeds feeds = new SyntheticFeeds(42, 100, 20, 0.1);

        // When
        final byte[] bytes = feeds.feed(7, 0);
        final ParsedFeed parsed = parser.parse(URL, bytes, RSS);

        // Then: 20 distinct, dated, non-empty items of realistic size
        assertThat(parsed.title()).isEqualTo("Screen Wire 7");
        assertThat(parsed.items()).hasSize(20).allSatisfy(item -> {
            assertThat(item.title()).isNotBlank();
            assertThat(item.link()).startsWith("https://screen-wire-7.example.org/news/");
            assertThat(item.published()).isNotNull();
            assertThat(item.summaryHtml()).startsWith("<p>");
        });
        assertThat(parsed.items()).extracting(FeedItem::guid).doesNotHaveDuplicates();
        assertThat(bytes.length / 20).isBetween(1_000, 2_500);
    }

    @Test
    void shouldAddNewItemsAndKeepTheOthersUnchangedInAChangedFeed() throws FeedParseException {
        // Given ratio 0.1: every tenth feed changes, feed 9 among them
        final SyntheticFeeds feeds = new SyntheticFeeds(42, 100, 20, 0.1);
        assertThat(IntStream.range(0, 100).filter(feeds::changes).count()).isEqualTo(feeds.changedFeedCount())
                .isEqualTo(10);
        assertThat(feeds.changes(9)).isTrue();

        // When
        final List<FeedItem> before = parser.parse(URL, feeds.feed(9, 0), RSS).items();
        final List<FeedItem> after = parser.parse(URL, feeds.feed(9, 1), RSS).items();

        // Then: five new items on top, the fifteen others as they were
        assertThat(after).hasSize(20);
        assertThat(after.subList(0, 5)).extracting(FeedItem::guid).doesNotContainAnyElementsOf(
                before.stream().map(FeedItem::guid).toList());
        assertThat(after.subList(5, 20)).isEqualTo(before.subList(0, 15));
        assertThat(feeds.etag(9, 1)).isNotEqualTo(feeds.etag(9, 0));
    }

    @Test
    void shouldServeTheSameBytesAndEtagToAnUnchangedFeedInEveryVersion() {
        // Given
        final SyntheticFeeds feeds = new SyntheticFeeds(42, 100, 20, 0.1);

        // Then
        assertThat(feeds.changes(3)).isFalse();
        assertThat(feeds.feed(3, 1)).isEqualTo(feeds.feed(3, 0));
        assertThat(feeds.etag(3, 1)).isEqualTo(feeds.etag(3, 0));
    }
}
