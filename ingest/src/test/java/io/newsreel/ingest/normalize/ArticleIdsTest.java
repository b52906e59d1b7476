package io.newsreel.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final Instant DATE = Instant.parse("2023-12-06T00:00:00Z");

    @Test
    void shouldGiveOneIdToOneLinkSeenThroughTwoFeeds() {
        final String first = ArticleIds.idFor("https://a.example/feed", "https://news.example/x?utm_medium=rss",
                null, "X", DATE);
        final String second = ArticleIds.idFor("https://b.example/rss", "https://NEWS.example/x", null, "X", DATE);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void shouldScopeOpaqueGuidsByFeedHost() {
        final String first = ArticleIds.idFor("https://a.example/feed", "1001", null, "X", DATE);
        final String second = ArticleIds.idFor("https://b.example/feed", "1001", null, "X", DATE);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldFallBackToLinkThenToTitleAndDate() {
        assertThat(ArticleIds.idFor("https://a.example/feed", null, "https://news.example/x", "X", DATE))
                .isEqualTo(ArticleIds.idFor("https://a.example/feed", " ", "https://news.example/x", "Y", null));
        assertThat(ArticleIds.idFor("https://a.example/feed", null, null, "Title", DATE))
                .isNotEqualTo(ArticleIds.idFor("https://a.example/feed", null, null, "Title", DATE.plusSeconds(1)))
                .hasSize(24);
    }
}
