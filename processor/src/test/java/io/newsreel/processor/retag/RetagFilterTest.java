package io.newsreel.processor.retag;

import static io.newsreel.processor.retag.Tags.article;
import static io.newsreel.processor.retag.Tags.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetagFilterTest {

    private static final TaggedArticle WITH_MOONLIT =
            article("a1", List.of(show("moonlit-ledger", "Moonlit Ledger", "Moonlit Ledger", 0)), List.of());
    private static final TaggedArticle WITHOUT_SHOWS = article("a1", List.of(), List.of());

    @Test
    void shouldKeepEveryArticleWithoutOptions() {
        assertThat(RetagFilter.ALL.publishedInRange(Instant.parse("1999-01-01T00:00:00Z"))).isTrue();
        assertThat(RetagFilter.ALL.publishedInRange(null)).isTrue();
        assertThat(RetagFilter.ALL.concerns(WITHOUT_SHOWS, WITHOUT_SHOWS)).isTrue();
        assertThat(RetagFilter.ALL.describe()).isEqualTo("all articles");
    }

    @Test
    void shouldKeepArticlesFromTheStartOfTheSinceDayInUtc() {
        final RetagFilter filter = new RetagFilter(LocalDate.parse("2024-03-01"), null);

        assertThat(filter.publishedInRange(Instant.parse("2024-02-29T23:59:59Z"))).isFalse();
        assertThat(filter.publishedInRange(Instant.parse("2024-03-01T00:00:00Z"))).isTrue();
        assertThat(filter.publishedInRange(Instant.parse("2024-07-01T12:00:00Z"))).isTrue();
        assertThat(filter.publishedInRange(null)).isFalse();
    }

    @Test
    void shouldKeepAnArticleThatHadOrGainsTheShow() {
        final RetagFilter filter = new RetagFilter(null, "moonlit-ledger");

        assertThat(filter.concerns(WITH_MOONLIT, WITH_MOONLIT)).isTrue();
        assertThat(filter.concerns(WITH_MOONLIT, WITHOUT_SHOWS)).as("lost the show").isTrue();
        assertThat(filter.concerns(WITHOUT_SHOWS, WITH_MOONLIT)).as("gains the show").isTrue();
        assertThat(filter.concerns(WITHOUT_SHOWS, WITHOUT_SHOWS)).isFalse();
    }

    @Test
    void shouldDescribeBothConditions() {
        assertThat(new RetagFilter(LocalDate.parse("2024-03-01"), "moving").describe())
                .isEqualTo("published on or after 2024-03-01, tagged with show moving");
    }
}
