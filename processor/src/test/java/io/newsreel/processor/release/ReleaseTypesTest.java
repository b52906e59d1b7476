package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsreel.contract.event.ReleaseType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What kind of fact a sentence states, and what it says beside the date: platform, episodes, season, evidence. */
class ReleaseTypesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String PUBLISHED = "2024-05-02";

    private final ReleaseExtractor extractor = new ReleaseExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The revenge thriller premieres May 10 on Netflix.",
        "The revenge thriller premiered April 26 on Netflix.",
        "The revenge thriller debuts May 10 on Netflix.",
        "The revenge thriller was released on April 26 on Netflix.",
        "The revenge thriller will be unveiled on May 10 on Netflix.",
        "The revenge thriller arrives on Netflix on May 10.",
        "Netflix launches the revenge thriller on May 10.",
    })
    void shouldTypePremieres(final String sentence) {
        assertThat(single(sentence).type()).isEqualTo(ReleaseType.PREMIERE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "New episodes drop on May 10.",
        "Episodes 3 and 4 arrive on May 10 on Disney+.",
        "Another four episodes arrive on May 10.",
        "The second act of the anthology arrives on May 10.",
    })
    void shouldTypeNewEpisodes(final String sentence) {
        assertThat(single(sentence).type()).isEqualTo(ReleaseType.NEW_EPISODES);
    }

    @Test
    void shouldReadNewEpisodesStartingOnADay() {
        // Given
        final ReleaseFact fact = single("New episodes of the baseball drama drop starting December 6.", "2023-11-28");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.NEW_EPISODES);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The finale airs on May 12.",
        "The legal drama concludes on May 12 on tvN.",
        "The final episode airs on May 12.",
        "The melodrama is set to end on May 12.",
        "The remaining four episodes arrive on May 12.",
        "Netflix releases the final eight episodes on May 12.",
        "The melodrama said goodbye on Sunday with its highest rating.",
        "The melodrama closed on Christmas Day with its highest rating.",
    })
    void shouldTypeFinales(final String sentence) {
        assertThat(single(sentence).type()).isEqualTo(ReleaseType.FINALE);
    }

    @Test
    void shouldReadTheFinalBatchAsTheFinale() {
        // Given
        final String text = "Episodes 3 and 4 are now streaming. The final two episodes drop next Wednesday.";

        // When
        final List<ReleaseFact> facts = facts(text, "2023-12-13");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date).containsExactly(
                tuple(ReleaseType.NEW_EPISODES, LocalDate.of(2023, 12, 13)),
                tuple(ReleaseType.FINALE, LocalDate.of(2023, 12, 20)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JTBC confirmed the thriller for a winter slot.",
        "The streamer announced a spin-off of its fantasy hit.",
        "The workplace comedy has been renewed for a second season.",
    })
    void shouldTypeAnnouncements(final String sentence) {
        assertThat(single(sentence).type()).isEqualTo(ReleaseType.ANNOUNCEMENT);
    }

    @Test
    void shouldSplitTheLastEpisodesOverTheirDays() {
        // Given
        final List<ReleaseFact> facts = facts("JTBC will air the last two episodes on Dec. 24 and 25.", "2022-12-19");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date).containsExactly(
                tuple(ReleaseType.NEW_EPISODES, LocalDate.of(2022, 12, 24)),
                tuple(ReleaseType.FINALE, LocalDate.of(2022, 12, 25)));
    }

    @Test
    void shouldTakeAConfirmedLeadForCasting() {
        // Given
        final ReleaseFact fact = single("Two rising actors were confirmed on Tuesday as the leads of the legal "
                + "comedy.", "2024-05-02");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.CASTING);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void shouldDateNamingCastOnADay() {
        assertThat(single("The streamer on Thursday named six more contestants for the survival drama.",
                "2024-05-02")).extracting(ReleaseFact::type, ReleaseFact::date)
                .containsExactly(ReleaseType.CASTING, LocalDate.of(2024, 5, 2));
    }

    @Test
    void shouldDateASongByTheDayOfThePremiere() {
        // Given
        final String text = "The romance premieres on Monday, April 8. Its theme song will be released as the first "
                + "soundtrack single on the day of the premiere.";

        // When
        final List<ReleaseFact> facts = facts(text, "2024-04-01");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date).containsExactly(
                tuple(ReleaseType.PREMIERE, LocalDate.of(2024, 4, 8)),
                tuple(ReleaseType.SOUNDTRACK, LocalDate.of(2024, 4, 8)));
    }

    @Test
    void shouldNotTakeADenialForAnAnnouncement() {
        assertThat(facts("The streamer has not announced a second season.", PUBLISHED)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Park Ji-an has been cast as the detective's estranged sister.",
        "Veteran actor Oh Min-seok joins the cast as a rival chef.",
        "Singer-turned-actor Yoon Ha-ram is set to star in the music drama.",
    })
    void shouldTypeCasting(final String sentence) {
        assertThat(single(sentence).type()).isEqualTo(ReleaseType.CASTING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A press conference for the drama will be held on May 7 in Seoul.",
        "The cast greeted fans at a showcase on May 7.",
        "The leads appeared at a press event on May 7.",
    })
    void shouldTypePressConferences(final String sentence) {
        final ReleaseFact fact = single(sentence);
        assertThat(fact.type()).isEqualTo(ReleaseType.PRESS_CONFERENCE);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2024, 5, 7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The drama's first OST is out on May 3.",
        "The group's soundtrack single arrives on May 3.",
        "Ballad singer Seo Yu-na releases the song for the drama on May 3.",
        "The first single, sung by Seo Yu-na, is released on May 3.",
    })
    void shouldTypeSoundtrackReleases(final String sentence) {
        final ReleaseFact fact = single(sentence);
        assertThat(fact.type()).isEqualTo(ReleaseType.SOUNDTRACK);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void shouldNotTakeAShowCalledSoundtrackForItsMusic() {
        assertThat(facts("Critics compared it with the first Soundtrack, which was warmer.", PUBLISHED)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Netflix, Netflix", "Disney+, Disney+", "TVING, TVING", "Wavve, Wavve", "Coupang Play, Coupang Play",
        "Apple TV+, Apple TV+", "Prime Video, Prime Video", "Viki, Viki", "tvN, tvN", "JTBC, JTBC", "SBS, SBS",
        "KBS2, KBS", "MBC, MBC", "ENA, ENA", "Hulu, Hulu", "Max, Max", "HBO Max, Max",
    })
    void shouldNamePlatforms(final String written, final String name) {
        assertThat(single("The romance premieres May 10 on " + written + ".").platform()).isEqualTo(name);
    }

    @Test
    void shouldNotTakeCommonWordsForPlatforms() {
        assertThat(single("The romance premieres May 10, with a max of two episodes a day.").platform()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The six-part series premieres May 10. | 6",
        "All six episodes premiere May 10. | 6",
        "The thriller premieres May 10 with 4 episodes in total. | 4",
        "The eight-episode series premieres May 10. | 8",
        "The 16-episode drama premieres May 10. | 16",
    })
    void shouldCountEpisodes(final String sentence, final int episodes) {
        assertThat(single(sentence).episodes()).isEqualTo(episodes);
    }

    @Test
    void shouldReportAnEpisodeCountWithNoTimeAsAScheduleFact() {
        // Given
        final ReleaseFact fact = single("The six-part series follows a pianist who returns home to Busan.");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.SCHEDULE);
        assertThat(fact.episodes()).isEqualTo(6);
        assertThat(fact.date()).isNull();
        assertThat(fact.window()).isNull();
        assertThat(fact.evidence().rule()).isEqualTo("release:episode-count");
    }

    @Test
    void shouldReportWhereAShowStreamsWithNoTime() {
        // Given
        final ReleaseFact fact = single("Outside Korea, the series streams on Viki.");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.SCHEDULE);
        assertThat(fact.platform()).isEqualTo("Viki");
        assertThat(fact.date()).isNull();
    }

    @Test
    void shouldReadSeasonNumbers() {
        assertThat(single("Season 2 premieres May 10 on Netflix.").season()).isEqualTo(2);
        assertThat(single("The thriller's second season premieres May 10.").season()).isEqualTo(2);
        assertThat(single("The comedy has been renewed for a third season.").season()).isEqualTo(3);
    }

    @Test
    void shouldReadAPartWithoutTakingItForASeason() {
        // Given
        final ReleaseFact fact = single("Part 2 of the creature thriller arrives on May 10.");

        // Then
        assertThat(fact.part()).isEqualTo(2);
        assertThat(fact.season()).isNull();
    }

    @Test
    void shouldReadPartsWrittenInWordsAndRomanNumerals() {
        assertThat(single("Part two of the heist drama arrives on May 10.").part()).isEqualTo(2);
        assertThat(single("Part III of the saga premieres May 10 on Netflix.").part()).isEqualTo(3);
        assertThat(single("The six-part series premieres May 10 on Netflix.").part()).isNull();
    }

    @Test
    void shouldGiveTheSentenceAsEvidenceWithOffsetsIntoTheText() {
        // Given a title and a body joined as the tagger joins them
        final String text = "Harbor Lights gets a date\n\nThe cast met fans in Busan. "
                + "Harbor Lights premieres on Netflix on May 10. Filming wrapped in March.";

        // When
        final ReleaseFact fact = single(text);

        // Then
        final String sentence = "Harbor Lights premieres on Netflix on May 10.";
        assertThat(fact.evidence().text()).isEqualTo(sentence);
        assertThat(text.substring(fact.evidence().start(), fact.evidence().end())).isEqualTo(sentence);
        assertThat(fact.evidence().rule()).isEqualTo("release:premieres");
    }

    @Test
    void shouldKeepOffsetsWhenLowerCasingWouldLengthenTheText() {
        // Given a capital dotted I, which lower-cases to two characters
        final String text = "İzmir Blues wins fans abroad. The sequel premieres on Netflix on May 10.";

        // When
        final ReleaseFact fact = single(text);

        // Then
        assertThat(text.substring(fact.evidence().start(), fact.evidence().end()))
                .isEqualTo("The sequel premieres on Netflix on May 10.");
        assertThat(fact.date()).isEqualTo(LocalDate.of(2024, 5, 10));
    }

    @Test
    void shouldNotEndASentenceAtAnAbbreviation() {
        assertThat(single("The No. 1 drama in Korea premieres Dec. 24 on Netflix.", "2024-12-01").evidence().text())
                .isEqualTo("The No. 1 drama in Korea premieres Dec. 24 on Netflix.");
    }

    @Test
    void shouldRateExplicitDatesAboveWindowsAndUndatedFacts() {
        // Given
        final List<ReleaseFact> facts = facts("The thriller premieres on May 10. Its spin-off premieres in autumn. "
                + "The premiere drew a crowd.", PUBLISHED);

        // Then
        assertThat(facts).extracting(ReleaseFact::confidence).containsExactly(0.9, 0.6, 0.5);
    }

    @Test
    void shouldReturnFactsInTextOrder() {
        // Given
        final String text = "Kang Yi-seul joins the cast as a lawyer. A showcase is set for May 7. "
                + "The drama premieres May 10 on ENA.";

        // When
        final List<ReleaseFact> facts = facts(text, PUBLISHED);

        // Then
        assertThat(facts).extracting(ReleaseFact::type)
                .containsExactly(ReleaseType.CASTING, ReleaseType.PRESS_CONFERENCE, ReleaseType.PREMIERE);
        assertThat(facts).extracting(fact -> fact.evidence().start()).isSorted();
    }

    @Test
    void shouldFindNothingInTextWithoutReleaseFacts() {
        // Given
        final String text = "The two leads spent the shoot in a fishing village. Between takes they cooked for the "
                + "crew, and the director says the food was better than the catering.";

        // Then
        assertThat(facts(text, PUBLISHED)).isEmpty();
        assertThat(facts("", PUBLISHED)).isEmpty();
    }

    private ReleaseFact single(final String text) {
        return single(text, PUBLISHED);
    }

    private ReleaseFact single(final String text, final String published) {
        final List<ReleaseFact> facts = facts(text, published);
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    private List<ReleaseFact> facts(final String text, final String published) {
        return extractor.extract(text, LocalDate.parse(published).atTime(9, 0).atZone(SEOUL));
    }
}
