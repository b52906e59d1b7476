package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.ReleaseType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and spans in release sentences, resolved against the publication date. */
class ReleaseDatesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ReleaseExtractor extractor = new ReleaseExtractor();

    @Test
    void shouldReadMonthAndDay() {
        assertThat(single("The heist comedy premieres on Netflix on December 6.", "2023-11-20").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldReadAbbreviatedMonthWithFullStop() {
        assertThat(single("The holiday special airs Dec. 24 on tvN.", "2023-12-10").date())
                .isEqualTo(LocalDate.of(2023, 12, 24));
    }

    @Test
    void shouldReadDayMonthYear() {
        assertThat(single("The courtroom drama premieres on 6 December 2023 on JTBC.", "2023-11-02").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldReadIsoDate() {
        assertThat(single("Per the schedule, the thriller premieres 2023-12-06 on Wavve.", "2023-11-02").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldReadOrdinalMonthDayBeforeTheTrigger() {
        // Given
        final String text = "On March 23rd, the first two episodes of the hospital drama will be unveiled on TVING.";

        // When
        final ReleaseFact fact = single(text, "2024-03-02");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.PREMIERE);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2024, 3, 23));
        assertThat(fact.platform()).isEqualTo("TVING");
    }

    @Test
    void shouldPlaceABareDayOfMonthAheadInFutureTense() {
        assertThat(single("The fantasy romance arrives on Disney+ on the 6th.", "2023-12-01").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldPlaceABareDayOfMonthBackInPastTense() {
        // Given published two days after the day it names
        final String text = "The fantasy romance was released on Disney+ on the 6th and has led the chart since.";

        // When
        final ReleaseFact fact = single(text, "2023-12-08");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.PREMIERE);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(fact.platform()).isEqualTo("Disney+");
        assertThat(fact.confidence()).isLessThan(0.8);
    }

    @Test
    void shouldCarryAFutureDateIntoNextYear() {
        assertThat(single("The office satire premieres January 5 on Coupang Play.", "2023-12-28").date())
                .isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void shouldCarryAPastDateBackIntoLastYear() {
        assertThat(single("The office satire premiered December 29 on Coupang Play.", "2024-01-03").date())
                .isEqualTo(LocalDate.of(2023, 12, 29));
    }

    @Test
    void shouldKeepAStatedYear() {
        assertThat(single("The sequel premiered on December 6, 2023 on Netflix.", "2024-02-01").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldUseALeadingWeekdayToPickTheYear() {
        // Given a past-tense sentence published in May: April 28 fell on a Sunday in 2024, not in 2023
        final String text = "The sixteenth and final episode aired on Sunday, April 28, to a record audience.";

        // When
        final ReleaseFact fact = single(text, "2024-05-02");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.FINALE);
        assertThat(fact.date()).isEqualTo(LocalDate.of(2024, 4, 28));
    }

    @Test
    void shouldResolveTodayTonightAndTomorrow() {
        assertThat(single("The spy thriller is out today on Apple TV+.", "2024-06-14").date())
                .isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(single("The variety special premieres tonight on SBS.", "2024-06-14").date())
                .isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(single("The medical drama premieres tomorrow on KBS.", "2024-06-14").date())
                .isEqualTo(LocalDate.of(2024, 6, 14).plusDays(1));
    }

    @Test
    void shouldResolveRelativeDaysInThePublicationTimeZone() {
        // Given late evening on New Year's Eve in New York, already January 1 in UTC
        final ZonedDateTime published = ZonedDateTime.of(2023, 12, 31, 23, 30, 0, 0, ZoneId.of("America/New_York"));

        // When
        final List<ReleaseFact> facts = extractor.extract("The anthology premieres tomorrow on Hulu.", published);

        // Then
        assertThat(facts).singleElement().extracting(ReleaseFact::date).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void shouldResolveHolidays() {
        assertThat(single("The rom-com premieres on New Year's Day on tvN.", "2023-12-27").date())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(single("The thriller ended on Christmas Eve with a cliffhanger.", "2023-12-26").date())
                .isEqualTo(LocalDate.of(2023, 12, 24));
    }

    @Test
    void shouldGiveEachDayOfAList() {
        // Given
        final List<ReleaseFact> facts = facts("Episodes seven and eight air this Saturday and Sunday on tvN.",
                "2024-03-25");

        // Then
        assertThat(facts).extracting(ReleaseFact::type, ReleaseFact::date).containsExactly(
                tuple(ReleaseType.NEW_EPISODES, LocalDate.of(2024, 3, 30)),
                tuple(ReleaseType.NEW_EPISODES, LocalDate.of(2024, 3, 31)));
        assertThat(facts("New episodes arrive on Dec. 13, 20 and 27.", "2023-12-01"))
                .extracting(ReleaseFact::date).containsExactly(LocalDate.of(2023, 12, 13),
                        LocalDate.of(2023, 12, 20), LocalDate.of(2023, 12, 27));
    }

    @Test
    void shouldReadTheFirstHalfOfAYear() {
        assertThat(single("The music romance is due in the first half of 2022.", "2022-01-07").window())
                .isEqualTo(window("2022-01-01", "2022-06-30"));
    }

    @Test
    void shouldResolveThisFridayWithinThePublicationWeek() {
        // 2024-06-11 is a Tuesday
        assertThat(single("The crime series premieres this Friday on Netflix.", "2024-06-11").date())
                .isEqualTo(LocalDate.of(2024, 6, 14));
    }

    @Test
    void shouldResolveNextFridayInTheFollowingWeek() {
        assertThat(single("The crime series premieres next Friday on Netflix.", "2024-06-11").date())
                .isEqualTo(LocalDate.of(2024, 6, 21));
    }

    @Test
    void shouldReadAParticipleAfterIsAsScheduled() {
        assertThat(single("The heist comedy is released on Netflix on December 6.", "2023-11-20").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldReadATenseAcrossATimeOfDay() {
        // The colon of "9:10" does not end the clause: "were" still makes the premiere past, a year back
        assertThat(single("The stars were on stage by 9:10 p.m. for the premiere on December 6.", "2023-11-20")
                .date()).isEqualTo(LocalDate.of(2022, 12, 6));
    }

    @Test
    void shouldNotTakeTheTenseOfAnotherClause() {
        // "was" belongs to the first clause: it says nothing about when the premiere is
        assertThat(single("The wait was worth it: the heist comedy's premiere on December 6 sold out.", "2023-11-20")
                .date()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(single("The heist comedy's premiere on December 6 was a sell-out.", "2023-12-20").date())
                .isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldResolveAPastWeekdayBackwards() {
        // 2024-06-13 is a Thursday
        assertThat(single("The crime series premiered on Monday to strong reviews.", "2024-06-13").date())
                .isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void shouldGiveThisWeekAsAWindowFromMondayToSunday() {
        // Given a Tuesday
        final ReleaseFact fact = single("The legal drama is set to end this week after sixteen episodes.",
                "2024-04-23");

        // Then
        assertThat(fact.type()).isEqualTo(ReleaseType.FINALE);
        assertThat(fact.date()).isNull();
        assertThat(fact.window()).isEqualTo(window("2024-04-22", "2024-04-28"));
    }

    @Test
    void shouldGiveAMonthAsAWindowInTheNextSuchMonth() {
        // Given
        final ReleaseFact fact = single("The sports drama will premiere in March on Prime Video.", "2024-05-20");

        // Then
        assertThat(fact.date()).isNull();
        assertThat(fact.window()).isEqualTo(window("2025-03-01", "2025-03-31"));
        assertThat(fact.confidence()).isLessThan(0.7);
    }

    @Test
    void shouldGiveAPastMonthAsAWindowInThePreviousSuchMonth() {
        assertThat(single("The sports drama premiered in March on Prime Video.", "2024-05-20").window())
                .isEqualTo(window("2024-03-01", "2024-03-31"));
    }

    @Test
    void shouldGiveASeasonOfAYearAsAWindow() {
        assertThat(single("The campus mystery premieres in spring 2022 on Viki.", "2021-11-15").window())
                .isEqualTo(window("2022-03-01", "2022-05-31"));
    }

    @Test
    void shouldGiveLaterThisYearAsTheRestOfTheYear() {
        assertThat(single("A second season arrives later this year on Netflix.", "2024-08-05").window())
                .isEqualTo(window("2024-08-05", "2024-12-31"));
    }

    @Test
    void shouldGiveEarlyYearAsItsFirstThird() {
        assertThat(single("The romance premieres in early 2024 on TVING.", "2023-10-10").window())
                .isEqualTo(window("2024-01-01", "2024-04-30"));
    }

    @Test
    void shouldGiveThisMonthAndNextMonthAsWindows() {
        assertThat(single("The mystery series premieres this month on Wavve.", "2024-02-07").window())
                .isEqualTo(window("2024-02-01", "2024-02-29"));
        assertThat(single("The mystery series premieres next month on Wavve.", "2024-02-07").window())
                .isEqualTo(window("2024-03-01", "2024-03-31"));
    }

    @Test
    void shouldIgnoreYearsFarFromPublication() {
        // Given a story setting, not a release
        final List<ReleaseFact> facts = facts("The series premiered to acclaim; it is set in the spring of 1945.",
                "2023-12-23");

        // Then
        assertThat(facts).singleElement().satisfies(fact -> {
            assertThat(fact.type()).isEqualTo(ReleaseType.PREMIERE);
            assertThat(fact.window()).isNull();
            assertThat(fact.date()).isNull();
        });
    }

    @Test
    void shouldNotInventDaysThatDoNotExist() {
        // Given February 30
        final List<ReleaseFact> facts = facts("The web drama premieres February 30 on Viki.", "2024-01-10");

        // Then the premiere stands, with no date
        assertThat(facts).singleElement().satisfies(fact -> {
            assertThat(fact.date()).isNull();
            assertThat(fact.window()).isNull();
        });
    }

    private ReleaseFact single(final String text, final String published) {
        final List<ReleaseFact> facts = facts(text, published);
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    private List<ReleaseFact> facts(final String text, final String published) {
        return extractor.extract(text, LocalDate.parse(published).atTime(9, 0).atZone(SEOUL));
    }

    private static DateWindow window(final String from, final String to) {
        return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
    }
}
