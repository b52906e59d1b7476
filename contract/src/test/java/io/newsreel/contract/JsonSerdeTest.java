package io.newsreel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.Season;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.contract.serde.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private static final Article ARTICLE = new Article("a1", 2, "https://example.org/a1", "https://example.org/feed",
            "Premiere date set", null, Instant.parse("2023-11-20T09:30:00Z"), false, "Short", "Body",
            "en", Instant.parse("2023-11-20T10:00:00Z"));

    @Test
    void shouldRoundTripArticle() {
        final JsonSerde<Article> serde = JsonSerde.of(Article.class);

        assertThat(serde.fromBytes(serde.toBytes(ARTICLE))).isEqualTo(ARTICLE);
    }

    @Test
    void shouldRoundTripTheOffsetAnArticleWasPublishedAtAsText() {
        final Article published = new Article("a1", 1, "https://example.org/a1", "https://example.org/feed", "Title",
                null, Instant.parse("2023-12-06T01:00:00Z"), false, null, "Body", "en",
                Instant.parse("2023-12-06T01:05:00Z"), List.of(), ZoneOffset.ofHours(-5));
        final JsonSerde<Article> serde = JsonSerde.of(Article.class);

        final byte[] json = serde.toBytes(published);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"publishedOffset\":\"-05:00\"");
        assertThat(serde.fromBytes(json)).isEqualTo(published);
    }

    @Test
    void shouldRoundTripTheZoneAFeedIsWrittenInAsItsId() {
        final FeedSubscription subscription = new FeedSubscription("https://desk.example/feed.xml", null,
                Duration.ofMinutes(15), true, Instant.parse("2023-12-06T01:05:00Z"), null,
                ZoneId.of("America/Los_Angeles"));
        final JsonSerde<FeedSubscription> serde = JsonSerde.of(FeedSubscription.class);

        final byte[] json = serde.toBytes(subscription);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"zone\":\"America/Los_Angeles\"");
        assertThat(serde.fromBytes(json)).isEqualTo(subscription);
    }

    @Test
    void shouldWriteDatesAsIsoTextAndLeaveOutNulls() {
        final String json = new String(JsonSerde.of(Article.class).toBytes(ARTICLE), StandardCharsets.UTF_8);

        assertThat(json).contains("\"published\":\"2023-11-20T09:30:00Z\"").doesNotContain("author")
                .doesNotContain("publishedOffset");
    }

    @Test
    void shouldPassNullThroughForTombstones() {
        final JsonSerde<Article> serde = JsonSerde.of(Article.class);

        assertThat(serde.toBytes(null)).isNull();
        assertThat(serde.fromBytes(null)).isNull();
    }

    @Test
    void shouldIgnoreFieldsAddedByNewerWriters() {
        final byte[] json = "{\"id\":\"a1\",\"revision\":1,\"addedLater\":true}".getBytes(StandardCharsets.UTF_8);

        assertThat(JsonSerde.of(Article.class).fromBytes(json).id()).isEqualTo("a1");
    }

    @Test
    void shouldReadShowsAndPersonsThroughTheCatalogEntryType() {
        final JsonSerde<CatalogEntry> serde = JsonSerde.of(CatalogEntry.class);
        final ShowEntry show = new ShowEntry("soundtrack-2", "Soundtrack #2", List.of("Soundtrack 2"), 2023,
                "Disney+", null, List.of(new Season(1, LocalDate.parse("2023-12-06"), 6, null)),
                List.of(new Credit("keum-sae-rok", "actor", "Do Hyeon-seo")), false);
        final PersonEntry person = new PersonEntry("keum-sae-rok", "Keum Sae-rok", List.of("Geum Sae-rok"),
                List.of("actor"), Map.of("born", "1992"), false);

        assertThat(serde.fromBytes(serde.toBytes(show))).isEqualTo(show);
        assertThat(serde.fromBytes(serde.toBytes(person))).isEqualTo(person);
        assertThat(new String(serde.toBytes(show), StandardCharsets.UTF_8)).contains("\"kind\":\"show\"");
    }

    @Test
    void shouldNameTheTypeWhenJsonIsBroken() {
        final byte[] broken = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonSerde.of(Article.class).fromBytes(broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Article");
    }
}
