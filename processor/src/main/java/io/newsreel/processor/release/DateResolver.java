package io.newsreel.processor.release;

import io.newsreel.contract.event.DateWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calendar arithmetic relative to the day an article was published (in the article's own time zone).
 *
 * <p>A date stated without its year (or month) is placed where the tense puts it: future tense on or after the
 * publication day, past tense on or before it, unknown tense at whichever candidate is nearest (a tie goes to the
 * future, since entertainment news mostly announces). Candidates come only from the publication year and its
 * neighbours, so an inferred date is never more than a year away. Named spans ("in March", "spring") follow the same
 * rule, except that unknown tense looks ahead: "in March" means the next March unless the verb is in the past.
 */
final class DateResolver {

    /** Years further than this from publication are story settings ("the spring of 1945"), not releases. */
    private static final int PLAUSIBLE_YEARS = 3;

    private final LocalDate published;
    /** The premiere date the article has stated so far, for "on the day of the premiere". */
    private LocalDate premiere;

    DateResolver(final LocalDate published) {
        this.published = published;
    }

    LocalDate published() {
        return published;
    }

    /** Remembers the premiere date an earlier sentence stated; one resolver serves one article, in text order. */
    void premiereStated(final LocalDate date) {
        premiere = premiere == null ? date : premiere;
    }

    Optional<LocalDate> premiere() {
        return Optional.ofNullable(premiere);
    }

    boolean plausibleYear(final int year) {
        return Math.abs(year - published.getYear()) <= PLAUSIBLE_YEARS;
    }

    Optional<LocalDate> date(final int year, final int month, final int day) {
        if (month < 1 || month > 12 || !plausibleYear(year) || !YearMonth.of(year, month).isValidDay(day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** "December 6": the year the tense calls for; a stated weekday ("Sunday, April 28") picks among the years. */
    Optional<LocalDate> monthDay(final int month, final int day, final DayOfWeek weekday, final Tense tense) {
        List<LocalDate> candidates = new ArrayList<>(3);
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            date(year, month, day).ifPresent(candidates::add);
        }
        if (weekday != null) {
            final List<LocalDate> onThatDay = new ArrayList<>(candidates.size());
            for (final LocalDate date : candidates) {
                if (date.getDayOfWeek() == weekday) {
                    onThatDay.add(date);
                }
            }
            candidates = onThatDay.isEmpty() ? candidates : onThatDay;
        }
        return pick(candidates, tense);
    }

    /** "on the 6th": the month the tense calls for, skipping months too short for the day. */
    Optional<LocalDate> dayOfMonth(final int day, final Tense tense) {
        final List<LocalDate> candidates = new ArrayList<>(5);
        final YearMonth here = YearMonth.from(published);
        for (int offset = -2; offset <= 2; offset++) {
            final YearMonth month = here.plusMonths(offset);
            if (month.isValidDay(day)) {
                candidates.add(month.atDay(day));
            }
        }
        return pick(candidates, tense);
    }

    /**
     * "next Friday" is the Friday of the calendar week (Monday to Sunday) after publication; "last Friday" the one
     * before publication; "this Friday" and "on Friday" follow the tense.
     */
    LocalDate weekday(final DayOfWeek day, final String qualifier, final Tense tense) {
        return switch (qualifier) {
            case "next" -> monday().plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            case "last" -> published.with(TemporalAdjusters.previous(day));
            default -> published.with(tense == Tense.PAST
                    ? TemporalAdjusters.previousOrSame(day) : TemporalAdjusters.nextOrSame(day));
        };
    }

    LocalDate plusDays(final int days) {
        return published.plusDays(days);
    }

    /** Monday to Sunday of the publication week, moved by whole weeks. */
    DateWindow week(final int offset) {
        final LocalDate monday = monday().plusWeeks(offset);
        return new DateWindow(monday, monday.plusDays(6));
    }

    DateWindow weekend(final int offset) {
        final LocalDate saturday = monday().plusWeeks(offset).plusDays(5);
        return new DateWindow(saturday, saturday.plusDays(1));
    }

    DateWindow monthFromNow(final int offset) {
        return whole(YearMonth.from(published).plusMonths(offset));
    }

    /** "in March", "March 2024", "next March". */
    Optional<DateWindow> month(final int month, final Integer year, final String qualifier, final Tense tense) {
        if (year != null) {
            return plausibleYear(year) ? Optional.of(whole(YearMonth.of(year, month))) : Optional.empty();
        }
        final List<DateWindow> candidates = new ArrayList<>(3);
        for (int candidate = published.getYear() - 1; candidate <= published.getYear() + 1; candidate++) {
            candidates.add(whole(YearMonth.of(candidate, month)));
        }
        return pickWindow(candidates, qualifier, tense);
    }

    /**
     * Parts of a year split it in thirds: "early 2024" is January to April, "mid-2024" May to August, "late 2024"
     * September to December. "Later this year" runs from publication to December 31.
     */
    Optional<DateWindow> yearPart(final int year, final String part) {
        if (!plausibleYear(year)) {
            return Optional.empty();
        }
        return Optional.of(switch (part.startsWith("the ") ? part.substring(4) : part) {
            case "early" -> months(year, 1, 4);
            case "mid" -> months(year, 5, 8);
            case "late" -> months(year, 9, 12);
            case "first half of" -> months(year, 1, 6);
            case "second half of" -> months(year, 7, 12);
            case "end of" -> months(year, 12, 12);
            case "later" -> year == published.getYear()
                    ? new DateWindow(published, LocalDate.of(year, 12, 31)) : months(year, 1, 12);
            default -> months(year, 1, 12);
        });
    }

    /** "early March" is the 1st to the 10th, "mid-March" the 11th to the 20th, "late March" the rest. */
    static DateWindow partOfMonth(final DateWindow month, final String part) {
        final LocalDate first = month.from();
        return switch (part.startsWith("the ") ? part.substring(4) : part) {
            case "early" -> new DateWindow(first, first.plusDays(9));
            case "mid" -> new DateWindow(first.plusDays(10), first.plusDays(19));
            case "late", "end of" -> new DateWindow(first.plusDays(20), month.to());
            default -> month;
        };
    }

    private static DateWindow months(final int year, final int first, final int last) {
        return new DateWindow(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
    }

    /** Spring is March to May, summer June to August, autumn September to November, winter December to February. */
    Optional<DateWindow> season(final String name, final Integer year, final String qualifier, final Tense tense) {
        final int firstMonth = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
        if (year != null) {
            return plausibleYear(year) ? Optional.of(threeMonths(YearMonth.of(year, firstMonth))) : Optional.empty();
        }
        final List<DateWindow> candidates = new ArrayList<>(4);
        for (int candidate = published.getYear() - 2; candidate <= published.getYear() + 1; candidate++) {
            candidates.add(threeMonths(YearMonth.of(candidate, firstMonth)));
        }
        return pickWindow(candidates, qualifier, tense);
    }

    private static DateWindow threeMonths(final YearMonth first) {
        return new DateWindow(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static DateWindow whole(final YearMonth month) {
        return new DateWindow(month.atDay(1), month.atEndOfMonth());
    }

    private LocalDate monday() {
        return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Optional<LocalDate> pick(final List<LocalDate> candidates, final Tense tense) {
        LocalDate best = null;
        for (final LocalDate candidate : candidates) {
            final boolean better = switch (tense) {
                case FUTURE -> !candidate.isBefore(published) && (best == null || candidate.isBefore(best));
                case PAST -> !candidate.isAfter(published) && (best == null || candidate.isAfter(best));
                case UNKNOWN -> best == null || distance(candidate) < distance(best)
                        || distance(candidate) == distance(best) && candidate.isAfter(best);
            };
            if (better) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private long distance(final LocalDate date) {
        return Math.abs(date.toEpochDay() - published.toEpochDay());
    }

    /** Candidates in calendar order. */
    private Optional<DateWindow> pickWindow(final List<DateWindow> candidates, final String qualifier,
                                            final Tense tense) {
        final String which = qualifier == null ? "" : qualifier;
        if ("this".equals(which)) {
            // The span holding publication, else the one that starts in the publication year ("this summer",
            // written in September, is the summer just past).
            return candidates.stream()
                    .filter(window -> !published.isBefore(window.from()) && !published.isAfter(window.to()))
                    .findFirst()
                    .or(() -> candidates.stream().filter(window -> window.from().getYear() == published.getYear())
                            .findFirst());
        }
        if ("next".equals(which)) {
            return candidates.stream().filter(window -> window.from().isAfter(published)).findFirst();
        }
        if ("last".equals(which)) {
            return last(candidates.stream().filter(window -> window.to().isBefore(published)).toList());
        }
        return tense == Tense.PAST
                ? last(candidates.stream().filter(window -> !window.from().isAfter(published)).toList())
                : candidates.stream().filter(window -> !window.to().isBefore(published)).findFirst();
    }

    private static Optional<DateWindow> last(final List<DateWindow> windows) {
        return windows.isEmpty() ? Optional.empty() : Optional.of(windows.get(windows.size() - 1));
    }
}
