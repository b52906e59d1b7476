package io.newsreel.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.parse.FeedItem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final String FEED = "https://desk.example/feed.xml";
    private static final Instant FIRST_SEEN = Instant.parse("2024-07-02T09:00:00Z");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void shouldKeepAnOffsetTheFeedWroteOverTheDesksZone() {
        final Article article = normalizer.normalize(FEED, item(Instant.parse("2023-12-05T20:00:00Z"),
                ZoneOffset.ofHours(-5)), FIRST_SEEN, LOS_ANGELES);

        assertThat(article.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void shouldDateAnItemWrittenInUtcInTheDesksZoneWithItsSummerOrWinterOffset() {
        final Article winter = normalizer.normalize(FEED, item(Instant.parse("2023-12-05T20:00:00Z"), null),
                FIRST_SEEN, LOS_ANGELES);
        final Article summer = normalizer.normalize(FEED, item(Instant.parse("2024-07-01T20:00:00Z"), null),
                FIRST_SEEN, LOS_ANGELES);

        assertThat(winter.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(summer.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-7));
    }

    @Test
    void shouldLeaveTheOffsetUnknownWithoutOneWrittenOrAZoneGiven() {
        final Article article = normalizer.normalize(FEED, item(Instant.parse("2023-12-05T20:00:00Z"), null),
                FIRST_SEEN, null);

        assertThat(article.publishedOffset()).isNull();
    }

    @Test
    void shouldDateAnUndatedItemWhenFirstSeenInTheDesksZone() {
        final Article article = normalizer.normalize(FEED, item(null, null), FIRST_SEEN,
                ZoneId.of("Asia/Seoul"));

        assertThat(article.published()).isEqualTo(FIRST_SEEN);
        assertThat(article.publishedEstimated()).isTrue();
        assertThat(article.publishedOffset()).isEqualTo(ZoneOffset.ofHours(9));
    }

    private static FeedItem item(final Instant published, final ZoneOffset offset) {
        return new FeedItem("guid-1", "https://desk.example/news/1", "Premiere set", null, published, offset,
                "<p>The drama premieres tomorrow.</p>", null, "en", List.of());
    }
}
