package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.DateWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    /** A Friday. */
    private final DateResolver resolver = new DateResolver(LocalDate.of(2023, 12, 8));

    @Test
    void shouldPlaceADayOfMonthByTense() {
        assertThat(resolver.dayOfMonth(6, Tense.PAST)).contains(LocalDate.of(2023, 12, 6));
        assertThat(resolver.dayOfMonth(6, Tense.FUTURE)).contains(LocalDate.of(2024, 1, 6));
        assertThat(resolver.dayOfMonth(8, Tense.FUTURE)).contains(LocalDate.of(2023, 12, 8));
        assertThat(resolver.dayOfMonth(6, Tense.UNKNOWN)).contains(LocalDate.of(2023, 12, 6));
    }

    @Test
    void shouldSkipMonthsTooShortForTheDay() {
        final DateResolver endOfJanuary = new DateResolver(LocalDate.of(2024, 1, 31));
        assertThat(endOfJanuary.dayOfMonth(30, Tense.FUTURE)).contains(LocalDate.of(2024, 3, 30));
    }

    @Test
    void shouldPlaceAMonthDayWithinAYearEitherWay() {
        assertThat(resolver.monthDay(1, 5, null, Tense.FUTURE)).contains(LocalDate.of(2024, 1, 5));
        assertThat(resolver.monthDay(1, 5, null, Tense.PAST)).contains(LocalDate.of(2023, 1, 5));
        assertThat(resolver.monthDay(11, 30, null, Tense.FUTURE)).contains(LocalDate.of(2024, 11, 30));
        assertThat(resolver.monthDay(11, 30, null, Tense.UNKNOWN)).contains(LocalDate.of(2023, 11, 30));
    }

    @Test
    void shouldRejectImpossibleAndFarOffDates() {
        assertThat(resolver.monthDay(2, 30, null, Tense.FUTURE)).isEmpty();
        assertThat(resolver.date(1945, 3, 1)).isEmpty();
        assertThat(resolver.date(2024, 13, 1)).isEmpty();
        assertThat(resolver.date(2024, 2, 0)).isEmpty();
    }

    @Test
    void shouldReadThisNextAndLastWeekdays() {
        assertThat(resolver.weekday(DayOfWeek.WEDNESDAY, "next", Tense.UNKNOWN)).isEqualTo(LocalDate.of(2023, 12, 13));
        assertThat(resolver.weekday(DayOfWeek.WEDNESDAY, "last", Tense.UNKNOWN)).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(resolver.weekday(DayOfWeek.SUNDAY, "this", Tense.FUTURE)).isEqualTo(LocalDate.of(2023, 12, 10));
        assertThat(resolver.weekday(DayOfWeek.FRIDAY, "on", Tense.PAST)).isEqualTo(LocalDate.of(2023, 12, 8));
    }

    @Test
    void shouldSpanWeeksWeekendsAndMonths() {
        assertThat(resolver.week(0)).isEqualTo(window("2023-12-04", "2023-12-10"));
        assertThat(resolver.week(1)).isEqualTo(window("2023-12-11", "2023-12-17"));
        assertThat(resolver.weekend(0)).isEqualTo(window("2023-12-09", "2023-12-10"));
        assertThat(resolver.monthFromNow(1)).isEqualTo(window("2024-01-01", "2024-01-31"));
    }

    @Test
    void shouldPlaceNamedMonthsAndSeasonsByTense() {
        assertThat(resolver.month(3, null, null, Tense.FUTURE)).contains(window("2024-03-01", "2024-03-31"));
        assertThat(resolver.month(3, null, null, Tense.PAST)).contains(window("2023-03-01", "2023-03-31"));
        assertThat(resolver.month(12, null, null, Tense.FUTURE)).contains(window("2023-12-01", "2023-12-31"));
        assertThat(resolver.season("winter", null, null, Tense.FUTURE)).contains(window("2023-12-01", "2024-02-29"));
        assertThat(resolver.season("spring", 2022, null, Tense.UNKNOWN)).contains(window("2022-03-01", "2022-05-31"));
        assertThat(resolver.season("summer", null, "this", Tense.UNKNOWN)).contains(window("2023-06-01", "2023-08-31"));
    }

    @Test
    void shouldSplitYearsAndMonthsInThirds() {
        assertThat(resolver.yearPart(2024, "early")).contains(window("2024-01-01", "2024-04-30"));
        assertThat(resolver.yearPart(2024, "mid")).contains(window("2024-05-01", "2024-08-31"));
        assertThat(resolver.yearPart(2024, "late")).contains(window("2024-09-01", "2024-12-31"));
        assertThat(resolver.yearPart(2023, "later")).contains(window("2023-12-08", "2023-12-31"));
        assertThat(DateResolver.partOfMonth(window("2024-02-01", "2024-02-29"), "late"))
                .isEqualTo(window("2024-02-21", "2024-02-29"));
    }

    private static DateWindow window(final String from, final String to) {
        return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
    }
}
