package io.newsreel.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metric arithmetic on two hand-made articles whose right answers are counted by hand in the comments. */
class TaggingEvaluationTest {

    private static final LocalDate DEC_6 = LocalDate.parse("2023-12-06");

    private final LabelledArticle first = labelled("a1", new LabelledArticle.Expected(
            List.of("soundtrack-2"), List.of("soundtrack-1"), List.of("keum-sae-rok", "noh-sang-hyun"),
            List.of("Do Hyeon-seo"),
            List.of(new LabelledArticle.ExpectedRelease("soundtrack-2", ReleaseType.PREMIERE, DEC_6, null),
                    new LabelledArticle.ExpectedRelease("soundtrack-2", ReleaseType.FINALE, null,
                            new DateWindow(LocalDate.parse("2023-12-18"), LocalDate.parse("2023-12-24"))))));

    private final LabelledArticle second = labelled("a2", new LabelledArticle.Expected(
            List.of("moving"), List.of(), List.of("ryu-seung-ryong"), List.of(),
            List.of(new LabelledArticle.ExpectedRelease("moving", ReleaseType.FINALE,
                    LocalDate.parse("2023-09-20"), null))));

    // a1: both shows tagged primary, Noh missed, the character tagged as a person as well as a character (in other
    // case), the premiere right and the finale given a day where a window was labelled. a2: the show tagged as a
    // mention only, nothing else.
    private final Map<String, TaggedArticle> predictions = Map.of(
            "a1", tagged("a1",
                    List.of(show("soundtrack-2", Salience.PRIMARY), show("soundtrack-1", Salience.PRIMARY)),
                    List.of(person("keum-sae-rok", "Keum Sae-rok"), person("do-hyeon-seo", "Do Hyeon-seo")),
                    List.of(new CharacterTag("do hyeon-seo", "keum-sae-rok", "soundtrack-2", null)),
                    List.of(release("soundtrack-2", ReleaseType.PREMIERE, DEC_6),
                            release("soundtrack-2", ReleaseType.FINALE, LocalDate.parse("2023-12-20")))),
            "a2", tagged("a2", List.of(show("moving", Salience.MENTION)), List.of(), List.of(), List.of()));

    @Test
    void shouldSumCountsOverArticlesAndDeriveThePrecisionRecallAndF1OfEachCategory() {
        // When
        final EvaluationReport report = TaggingEvaluation.evaluate(List.of(first, second),
                article -> predictions.get(article.id()));

        // Then: primary 1 right (a1), 1 false alarm (soundtrack-1), 1 miss (moving)
        assertThat(report.score(Category.PRIMARY_SHOWS)).isEqualTo(new Score(1, 1, 1));
        assertThat(report.score(Category.PRIMARY_SHOWS).f1()).isCloseTo(0.5, within(1e-9));
        // mentioned: soundtrack-1 missed (it came out primary), moving a false alarm
        assertThat(report.score(Category.MENTIONED_SHOWS)).isEqualTo(new Score(0, 1, 1));
        assertThat(report.score(Category.MENTIONED_SHOWS).f1()).isZero();
        // persons: Keum right; the character a false alarm; Noh and Ryu missed
        final Score persons = report.score(Category.PERSONS);
        assertThat(persons).isEqualTo(new Score(1, 1, 2));
        assertThat(persons.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(persons.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(persons.f1()).isCloseTo(0.4, within(1e-9));
        // characters match ignoring case
        assertThat(report.score(Category.CHARACTERS)).isEqualTo(new Score(1, 0, 0));
        // events: premiere exact; finale found with the wrong date (a miss and a false alarm); Moving's finale missed
        assertThat(report.score(Category.RELEASE_EVENTS)).isEqualTo(new Score(1, 1, 2));
        assertThat(report.eventsLabelled()).isEqualTo(3);
        assertThat(report.eventsFoundWithShowAndType()).isEqualTo(2);
        assertThat(report.exactDateShare()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(report.showAndTypeShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.charactersTaggedAsPersons()).isEqualTo(1);
    }

    @Test
    void shouldListMissesFalseAlarmsWrongDatesAndCharactersTaggedAsPersonsPerArticle() {
        // When
        final EvaluationReport report = TaggingEvaluation.evaluate(List.of(first, second),
                article -> predictions.get(article.id()));

        // Then
        final ArticleOutcome a1 = report.outcomes().get(0);
        assertThat(a1.comparison(Category.PERSONS).misses()).containsExactly("noh-sang-hyun");
        assertThat(a1.comparison(Category.PERSONS).falseAlarms()).containsExactly("do-hyeon-seo");
        assertThat(a1.wrongDates()).containsExactly(
                "soundtrack-2 FINALE 2023-12-18..2023-12-24 predicted as 2023-12-20");
        assertThat(a1.charactersTaggedAsPersons()).singleElement().asString().startsWith("Do Hyeon-seo");
        assertThat(report.table()).contains("primary shows", "0.500", "characters tagged as persons: 1");
        assertThat(report.details()).contains("a1", "noh-sang-hyun", "a2", "moving FINALE 2023-09-20");
    }

    @Test
    void shouldScoreAnEmptyCategoryAsPerfectAndNothingPredictedAsZeroF1() {
        assertThat(Score.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Score(0, 0, 3).precision()).isEqualTo(1.0);
        assertThat(new Score(0, 0, 3).f1()).isZero();
    }

    @Test
    void shouldBuildTheArticleWithItsOutletUrlAndPublicationInstant() {
        // When
        final Article article = first.toArticle();

        // Then
        assertThat(article.url()).isEqualTo("https://desk.example/a1");
        assertThat(article.published()).isEqualTo(Instant.parse("2023-11-28T00:00:00Z"));
        assertThat(article.text()).isEqualTo(first.text());
    }

    private static LabelledArticle labelled(final String id, final LabelledArticle.Expected expected) {
        return new LabelledArticle(id, "desk", "schedule", OffsetDateTime.parse("2023-11-28T09:00:00+09:00"),
                "Title " + id, "Text of " + id, expected);
    }

    private static TaggedArticle tagged(final String id, final List<ShowTag> shows, final List<PersonTag> persons,
                                        final List<CharacterTag> characters, final List<ReleaseEvent> events) {
        return new TaggedArticle(id, 1, "https://desk.example/" + id, null, "Title " + id,
                Instant.parse("2023-11-28T00:00:00Z"), null, shows, persons, characters, events, "test");
    }

    private static ShowTag show(final String id, final Salience salience) {
        return new ShowTag(id, id, null, salience, 0.9, null);
    }

    private static PersonTag person(final String id, final String name) {
        return new PersonTag(id, name, List.of("actor"), List.of(name), 0.8, null);
    }

    private static ReleaseEvent release(final String showId, final ReleaseType type, final LocalDate date) {
        return new ReleaseEvent(showId, showId, 1, type, date, null, null, null, null, List.of(), "a1", null, 0.9);
    }
}
