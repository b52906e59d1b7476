package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.ReleaseType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Release cadences, the schedules they make with a start and an episode count, and the finales derived from them. */
class ReleaseScheduleTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ReleaseExtractor extractor = new ReleaseExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Two episodes land every Wednesday. | 2 episodes every Wednesday",
        "New episodes arrive every Friday on TVING. | every Friday",
        "The variety show airs weekly on Saturdays and Sundays. | every Saturday and Sunday",
        "After the premiere, new episodes will follow on Wednesdays. | every Wednesday",
        "One more episode drops each of the following Thursdays. | 1 episode every Thursday",
        "The streamer releases two episodes a week. | 2 episodes weekly",
    })
    void shouldNormalizeCadences(final String sentence, final String cadence) {
        assertThat(facts(sentence, "2024-05-02"))
                .filteredOn(fact -> fact.type() == ReleaseType.SCHEDULE)
                .singleElement().extracting(ReleaseFact::cadence).isEqualTo(cadence);
    }

    @Test
    void shouldNotTakeWeeklyRatingsForACadence() {
        assertThat(facts("Its weekly ratings rose every week of the run.", "2024-05-02")).isEmpty();
    }

    @Test
    void shouldDeriveTheFinaleFromStartCountAndCadence() {
        // Given
        final String text = "The six-part series premieres on Disney+ on December 6, with two episodes every "
                + "Wednesday.";

        // When
        final List<ReleaseFact> facts = facts(text, "2023-11-30");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date, ReleaseFact::window)
                .containsExactly(
                        tuple(ReleaseType.PREMIERE, LocalDate.of(2023, 12, 6), null),
                        tuple(ReleaseType.SCHEDULE, null, window("2023-12-06", "2023-12-20")),
                        tuple(ReleaseType.FINALE, LocalDate.of(2023, 12, 20), null));
        final ReleaseFact schedule = facts.get(1);
        assertThat(schedule.cadence()).isEqualTo("2 episodes every Wednesday");
        assertThat(schedule.episodes()).isEqualTo(6);
        assertThat(schedule.platform()).isEqualTo("Disney+");
        final ReleaseFact finale = facts.get(2);
        assertThat(finale.evidence().rule()).isEqualTo("release:derived-finale");
        assertThat(finale.confidence()).isEqualTo(0.7);
        assertThat(facts.get(0).confidence()).isEqualTo(0.9);
    }

    @Test
    void shouldExposeTheEpisodeCalendarOfAScheduleFact() {
        // Given
        final List<ReleaseFact> facts = facts(
                "The six-part series premieres on Disney+ on December 6, with two episodes every Wednesday.",
                "2023-11-30");

        // When
        final EpisodeSchedule schedule = EpisodeSchedule.of(facts.get(1)).orElseThrow();

        // Then
        final LocalDate first = LocalDate.of(2023, 12, 6);
        final LocalDate second = LocalDate.of(2023, 12, 13);
        final LocalDate third = LocalDate.of(2023, 12, 20);
        assertThat(schedule.episodeDates()).containsExactly(first, first, second, second, third, third);
        assertThat(schedule.releaseDays()).containsExactly(first, second, third);
        assertThat(facts.get(1).episodeDates()).isEqualTo(schedule.episodeDates());
    }

    @Test
    void shouldEndARunOnItsStatedLastDay() {
        // Given
        final String text = "Season 2 premieres August 23, new episodes every Friday through October 11.";

        // When
        final List<ReleaseFact> facts = facts(text, "2024-07-15");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date, ReleaseFact::window)
                .containsExactly(
                        tuple(ReleaseType.PREMIERE, LocalDate.of(2024, 8, 23), null),
                        tuple(ReleaseType.SCHEDULE, null, window("2024-08-23", "2024-10-11")),
                        tuple(ReleaseType.FINALE, LocalDate.of(2024, 10, 11), null));
        assertThat(facts).allSatisfy(fact -> assertThat(fact.season()).isEqualTo(2));
        assertThat(facts.get(1).cadence()).isEqualTo("every Friday");
        assertThat(EpisodeSchedule.of(facts.get(1)).orElseThrow().releaseDays()).hasSize(8);
    }

    @Test
    void shouldCompleteAScheduleFromOtherSentences() {
        // Given start, count and cadence in three sentences
        final String text = "Harbor Lights premieres on TVING on Saturday, March 9. It runs for 16 episodes. "
                + "New episodes air weekly on Saturdays and Sundays.";

        // When
        final List<ReleaseFact> facts = facts(text, "2024-03-04");

        // Then
        assertThat(facts).filteredOn(fact -> fact.type() == ReleaseType.FINALE).singleElement()
                .extracting(ReleaseFact::date).isEqualTo(LocalDate.of(2024, 4, 28));
        assertThat(facts).filteredOn(fact -> fact.type() == ReleaseType.SCHEDULE && fact.cadence() != null)
                .singleElement().satisfies(schedule -> {
                    assertThat(schedule.window()).isEqualTo(window("2024-03-09", "2024-04-28"));
                    assertThat(schedule.episodes()).isEqualTo(16);
                    assertThat(schedule.cadence()).isEqualTo("every Saturday and Sunday");
                });
    }

    @Test
    void shouldNotDeriveAFinaleWhenTheArticleStatesOne() {
        // Given
        final String text = "New episodes drop every Wednesday starting December 6. The eight-episode thriller "
                + "concludes on January 3.";

        // When
        final List<ReleaseFact> facts = facts(text, "2023-12-01");

        // Then
        assertThat(facts).filteredOn(fact -> fact.type() == ReleaseType.FINALE)
                .extracting(ReleaseFact::date, fact -> fact.evidence().rule())
                .containsExactly(tuple(LocalDate.of(2024, 1, 3), "release:concludes"));
    }

    @Test
    void shouldStartARunWithItsOpeningBatch() {
        // Given
        final String text = "The streamer releases the eight-part fantasy on Wednesday, December 4: four of the "
                + "eight episodes on day one, then two more on each of the following Wednesdays.";

        // When
        final List<ReleaseFact> facts = facts(text, "2024-11-27");

        // Then
        final ReleaseFact schedule = facts.stream().filter(fact -> fact.type() == ReleaseType.SCHEDULE)
                .findFirst().orElseThrow();
        assertThat(schedule.cadence()).isEqualTo("4 episodes first, then 2 episodes every Wednesday");
        assertThat(EpisodeSchedule.of(schedule).orElseThrow().releaseDays()).containsExactly(
                LocalDate.of(2024, 12, 4), LocalDate.of(2024, 12, 11), LocalDate.of(2024, 12, 18));
        assertThat(facts).filteredOn(fact -> fact.type() == ReleaseType.FINALE).singleElement()
                .extracting(ReleaseFact::date).isEqualTo(LocalDate.of(2024, 12, 18));
    }

    @Test
    void shouldReadEpisodesAtATimeAndOneAWeek() {
        // Given
        final String byFours = "The 16-episode saga premieres March 7, four episodes at a time, every Friday.";
        final String thenWeekly = "The eight-episode thriller premieres December 21 with three episodes, then one "
                + "a week.";

        // Then
        assertThat(facts(byFours, "2025-02-28")).filteredOn(fact -> fact.type() == ReleaseType.FINALE)
                .singleElement().extracting(ReleaseFact::date).isEqualTo(LocalDate.of(2025, 3, 28));
        assertThat(facts(thenWeekly, "2022-12-14")).filteredOn(fact -> fact.type() == ReleaseType.FINALE)
                .singleElement().extracting(ReleaseFact::date).isEqualTo(LocalDate.of(2023, 1, 25));
    }

    @Test
    void shouldKeepAScheduleWithNoEndAsItsStart() {
        // Given
        final List<ReleaseFact> facts = facts("The sitcom premiered today, with new episodes every Monday.",
                "2024-05-06");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date, ReleaseFact::window).containsExactly(
                tuple(ReleaseType.PREMIERE, LocalDate.of(2024, 5, 6), null),
                tuple(ReleaseType.SCHEDULE, LocalDate.of(2024, 5, 6), null));
    }

    @Test
    void shouldDrawEachEpisodeOfAWeekendRun() {
        // Given
        final EpisodeSchedule schedule = new EpisodeSchedule(LocalDate.of(2024, 3, 9),
                new Cadence(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null), 4, null);

        // Then
        assertThat(schedule.episodeDates()).containsExactly(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10),
                LocalDate.of(2024, 3, 16), LocalDate.of(2024, 3, 17));
    }

    @Test
    void shouldRepeatTheStartWeekdayForAWeeklyCadenceWithNoDay() {
        // Given a Thursday start
        final EpisodeSchedule schedule = new EpisodeSchedule(LocalDate.of(2024, 5, 2), new Cadence(List.of(), 2),
                5, null);

        // Then
        assertThat(schedule.episodeDates()).containsExactly(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 2),
                LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 16));
    }

    @Test
    void shouldReadBackTheCadenceText() {
        for (final Cadence cadence : List.of(new Cadence(List.of(DayOfWeek.WEDNESDAY), 2),
                new Cadence(List.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY), null),
                new Cadence(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), 1),
                new Cadence(List.of(), 3), new Cadence(List.of(DayOfWeek.FRIDAY), 2, 4))) {
            assertThat(Cadence.parse(cadence.text())).contains(cadence);
        }
        assertThat(Cadence.parse("whenever it feels like it")).isEmpty();
        assertThat(Cadence.parse("every Caturday")).isEmpty();
    }

    @Test
    void shouldRefuseAScheduleWithNeitherCountNorEnd() {
        assertThat(EpisodeSchedule.of(LocalDate.of(2024, 5, 2), null, null,
                new Cadence(List.of(DayOfWeek.FRIDAY), 1))).isEmpty();
    }

    private List<ReleaseFact> facts(final String text, final String published) {
        return extractor.extract(text, LocalDate.parse(published).atTime(9, 0).atZone(SEOUL));
    }

    private static DateWindow window(final String from, final String to) {
        return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
    }
}
