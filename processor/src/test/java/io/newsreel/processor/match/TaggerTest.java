package io.newsreel.processor.match;

import static io.newsreel.processor.fixtures.Fixtures.KEUM_SAE_ROK;
import static io.newsreel.processor.fixtures.Fixtures.MOVING;
import static io.newsreel.processor.fixtures.Fixtures.SOUNDTRACK_2;
import static io.newsreel.processor.fixtures.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.processor.catalog.Catalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TaggerTest {

    private final Tagger tagger = new Tagger(Catalog.of(List.of(SOUNDTRACK_2, MOVING, KEUM_SAE_ROK)), "test");

    @Test
    void shouldTagTheTitledShowAsPrimaryAndAPassingMentionAsMention() {
        final TaggedArticle tagged = tagger.tag(article("a1", "Soundtrack No. 2 sets its Disney+ date",
                "The romance stars Kuem Sae-Rok, who had a small part in Moving last year."));

        assertThat(tagged.shows()).extracting(ShowTag::id, ShowTag::salience).containsExactly(
                Tuple.tuple("soundtrack-2", Salience.PRIMARY),
                Tuple.tuple("moving", Salience.MENTION));
        assertThat(tagged.shows().get(0).evidence().text()).isEqualTo("Soundtrack No. 2");
        assertThat(tagged.taggerVersion()).isEqualTo("test");
    }

    @Test
    void shouldTagAPersonUnderEverySpellingWithTheFormsSeen() {
        final TaggedArticle tagged = tagger.tag(article("a2", "Interview",
                "Geum Sae-rok talked about Soundtrack #2. Later, Keum Sae-rok laughed."));

        assertThat(tagged.persons()).singleElement().satisfies(person -> {
            assertThat(person.id()).isEqualTo("keum-sae-rok");
            assertThat(person.mentions()).containsExactly("Geum Sae-rok", "Keum Sae-rok");
            assertThat(person.roles()).containsExactly("actor");
        });
    }

    @Test
    void shouldTellNamesakesApartByAnotherNameOnlyOneOfThemHas() {
        // Given
        final PersonEntry singer = new PersonEntry("park-jin-young-actor", "Park Jin-young", List.of("Jinyoung"),
                List.of("actor", "singer"), Map.of(), false);
        final PersonEntry producer = new PersonEntry("park-jin-young-producer", "Park Jin-young", List.of("JYP"),
                List.of("singer", "producer"), Map.of(), false);
        final Tagger namesakes = new Tagger(Catalog.of(List.of(SOUNDTRACK_2, singer, producer)), "test");

        // When
        final TaggedArticle tagged = namesakes.tag(article("a9", "JYP looks back",
                "The school drama was co-produced by JYP Entertainment founder Park Jin-young."));

        // Then
        assertThat(tagged.persons()).extracting(PersonTag::id).containsExactly("park-jin-young-producer");
    }

    @Test
    void shouldTagNothingInAnArticleAboutNothingKnown() {
        final TaggedArticle tagged = tagger.tag(article("a3", "Weather", "Rain all week."));

        assertThat(tagged.shows()).isEmpty();
        assertThat(tagged.persons()).isEmpty();
    }

    @Test
    void shouldResolveAFamilyOrGivenNameAloneToThePersonNamedEarlier() {
        final TaggedArticle tagged = tagger.tag(article("a4", "Interview",
                "Geum Sae-rok laughed at the question. Later, Sae-rok admitted she had cried, and Keum agreed."));

        assertThat(tagged.persons()).singleElement().extracting(PersonTag::mentions).asList()
                .containsExactly("Geum Sae-rok", "Sae-rok", "Keum");
    }

    @Test
    void shouldTagACharacterBesideItsActorAsACharacterNeverAsAPerson() {
        final TaggedArticle tagged = tagger.tag(article("a5", "Soundtrack #2 cast",
                "The story follows Do Hyeon-seo (Keum Sae-rok) and Han Ji-ho (Lee Do-hyun), old friends."));

        assertThat(tagged.characters()).extracting(CharacterTag::name, CharacterTag::personId, CharacterTag::showId)
                .contains(Tuple.tuple("Do Hyeon-seo", "keum-sae-rok", "soundtrack-2"),
                        Tuple.tuple("Han Ji-ho", "lee-do-hyun", "soundtrack-2"));
        assertThat(tagged.persons()).extracting(PersonTag::id).containsExactly("keum-sae-rok", "lee-do-hyun")
                .doesNotContain("do-hyeon-seo", "han-ji-ho");
    }

    @Test
    void shouldFindACreditedCharacterOnlyWhereItIsWrittenAsAName() {
        // Given a credited "Do Hyeon-seo" spelled out, with its last word, by the words "do hyeon seo" in lower case
        final TaggedArticle tagged = tagger.tag(article("a10", "Soundtrack #2",
                "Fans do hyeon-seo jokes about Do Hyeon-seo, the role Keum Sae-rok plays."));

        // Then only the name counts
        final int named = "Soundtrack #2\n\nFans do hyeon-seo jokes about ".length();
        assertThat(tagged.characters()).extracting(CharacterTag::name, character -> character.evidence().start())
                .containsExactly(Tuple.tuple("Do Hyeon-seo", named));
    }

    @Test
    void shouldNotTakeAnOrdinaryWordForAOneWordTitle() {
        final TaggedArticle tagged = tagger.tag(article("a6", "Review",
                "It is a moving story. Moving scenes abound, and the score is moving too."));

        assertThat(tagged.shows()).isEmpty();
    }

    @Test
    void shouldTellApartTwoPeopleSharingANameByTheirRoleAndShow() {
        final PersonEntry actress = new PersonEntry("kim-ji-won-actress", "Kim Ji-won", List.of(), List.of("actor"),
                Map.of(), false);
        final PersonEntry director = new PersonEntry("kim-ji-won-director", "Kim Ji-won", List.of(),
                List.of("director"), Map.of(), false);
        final Tagger twoKims = new Tagger(Catalog.of(List.of(SOUNDTRACK_2, actress, director)), "test");

        assertThat(twoKims.tag(article("a7", "Behind the camera", "Director Kim Ji-won explained the long takes."))
                .persons()).extracting(PersonTag::id).containsExactly("kim-ji-won-director");
        assertThat(twoKims.tag(article("a8", "On the red carpet", "Actress Kim Ji-won wore white."))
                .persons()).extracting(PersonTag::id).containsExactly("kim-ji-won-actress");
    }

    @Test
    void shouldGiveAReleaseFactToTheShowItsSentenceNamesResolvedAgainstThePublicationDate() {
        final TaggedArticle tagged = tagger.tag(new Article("a9", 1,
                "https://desk.example/a9", "https://desk.example/feed", "Soundtrack #2 date set", null,
                Instant.parse("2023-11-28T03:00:00Z"), false, null,
                "Soundtrack #2 premieres on Disney+ on December 6 with two episodes.", "en",
                Instant.parse("2023-11-28T03:00:00Z")));

        assertThat(tagged.releaseEvents()).extracting(ReleaseEvent::showId, ReleaseEvent::type, ReleaseEvent::date)
                .contains(Tuple.tuple("soundtrack-2", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06")));
        assertThat(tagged.releaseEvents()).allSatisfy(event -> assertThat(event.evidence().rule())
                .startsWith("release:"));
    }

    @Test
    void shouldCountRelativeDatesFromTheDayWhereTheArticleWasWritten() {
        // 8 p.m. on December 5 in New York is already December 6 in Seoul
        final Instant published = Instant.parse("2023-12-06T01:00:00Z");
        final String text = "Soundtrack #2 premieres on Disney+ tomorrow.";

        final TaggedArticle inNewYork = tagger.tag(new Article("a10", 1, "https://desk.example/a10",
                "https://desk.example/feed", "Soundtrack #2 arrives", null, published, false, null, text, "en",
                published, List.of(), ZoneOffset.ofHours(-5)));
        final TaggedArticle noOffset = tagger.tag(new Article("a11", 1, "https://desk.example/a11",
                "https://desk.example/feed", "Soundtrack #2 arrives", null, published, false, null, text, "en",
                published));

        assertThat(inNewYork.releaseEvents()).extracting(ReleaseEvent::type, ReleaseEvent::date)
                .containsExactly(Tuple.tuple(ReleaseType.PREMIERE, LocalDate.parse("2023-12-06")));
        assertThat(noOffset.releaseEvents()).extracting(ReleaseEvent::type, ReleaseEvent::date)
                .containsExactly(Tuple.tuple(ReleaseType.PREMIERE, LocalDate.parse("2023-12-07")));
    }
}
