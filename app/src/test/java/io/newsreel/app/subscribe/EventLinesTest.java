package io.newsreel.app.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLinesTest {

    private static final ShowTag SOUNDTRACK = new ShowTag("soundtrack-2", "Soundtrack #2", null, Salience.PRIMARY,
            0.9, new Evidence("Soundtrack #2", 0, 13, "alias:soundtrack #2"));
    private static final PersonTag KEUM = new PersonTag("keum-sae-rok", "Keum Sae-rok", List.of("actor"),
            List.of("Keum Sae-rok"), 0.9, new Evidence("Keum Sae-rok", 20, 32, "alias:keum sae-rok"));

    @Test
    void shouldShowAShowTagWithKoreanTimeSalienceHeadlineAndOutlet() {
        final TaggedArticle article = article(List.of(SOUNDTRACK), List.of(KEUM));

        assertThat(EventLines.of(new ShowTagged(SOUNDTRACK, article))).isEqualTo(
                "2023-12-06 18:00  Soundtrack #2  PRIMARY  \"Soundtrack #2 premieres tonight\" (kdrama-daily.example)");
    }

    @Test
    void shouldMarkAShowTagTheArticleNoLongerHasAsRetracted() {
        final TaggedArticle retagged = article(List.of(), List.of(KEUM));

        assertThat(EventLines.of(new ShowTagged(SOUNDTRACK, retagged))).contains("  RETRACTED  ")
                .doesNotContain("PRIMARY");
    }

    @Test
    void shouldShowAPersonTagWithTheArticlesShows() {
        final TaggedArticle article = article(List.of(SOUNDTRACK), List.of(KEUM));

        assertThat(EventLines.of(new PersonTagged(KEUM, article))).isEqualTo("2023-12-06 18:00  Keum Sae-rok  "
                + "\"Soundtrack #2 premieres tonight\" (kdrama-daily.example)  [Soundtrack #2]");
        assertThat(EventLines.of(new PersonTagged(KEUM, article(List.of(), List.of())))).isEqualTo(
                "2023-12-06 18:00  Keum Sae-rok  RETRACTED  \"Soundtrack #2 premieres tonight\" "
                        + "(kdrama-daily.example)");
    }

    @Test
    void shouldShowAReleaseWithItsDayPlatformAndTheSentenceItWasDrawnFrom() {
        final ReleaseEvent premiere = new ReleaseEvent("soundtrack-2", "Soundtrack #2", null, ReleaseType.PREMIERE,
                LocalDate.of(2023, 12, 6), null, "Disney+", 6, "two episodes every Wednesday", List.of(), "a1",
                new Evidence("It premieres on Disney+ on December 6.", 0, 38, "rule:premiere"), 0.9);

        assertThat(EventLines.of(premiere)).isEqualTo("2023-12-06  Soundtrack #2  PREMIERE  Disney+  6 episodes  "
                + "two episodes every Wednesday  — \"It premieres on Disney+ on December 6.\" (article a1)");
    }

    @Test
    void shouldShowAWindowForAFactKnownOnlyToTheMonthAndTheSeason() {
        final ReleaseEvent finale = new ReleaseEvent("moonlit-ledger", "Moonlit Ledger", 2, ReleaseType.FINALE, null,
                new DateWindow(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), null, null, null, List.of(),
                "a2", new Evidence("The season ends in March.", 0, 25, "rule:finale"), 0.6);

        assertThat(EventLines.of(finale)).isEqualTo("2024-03-01..2024-03-31  Moonlit Ledger season 2  FINALE  "
                + "— \"The season ends in March.\" (article a2)");
    }

    @Test
    void shouldNameTheOutletByItsHostWithoutWww() {
        assertThat(EventLines.outlet("https://www.seoul-screen.example/rss")).isEqualTo("seoul-screen.example");
        assertThat(EventLines.outlet("not a url")).isEqualTo("not a url");
    }

    private static TaggedArticle article(final List<ShowTag> shows, final List<PersonTag> persons) {
        return new TaggedArticle("a1", 1, "https://kdrama-daily.example/a1", "https://kdrama-daily.example/feed.xml",
                "Soundtrack #2 premieres tonight", Instant.parse("2023-12-06T09:00:00Z"), null, shows, persons,
                List.of(), List.of(), "test");
    }
}
