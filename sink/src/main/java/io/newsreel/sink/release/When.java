package io.newsreel.sink.release;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.ReleaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * When a reported fact happens: a day, or a window of days when only the month or season is known. Ordered by start,
 * a day before a window starting on it.
 *
 * @param date the day, or null
 * @param window the window, or null when there is a day
 */
record When(LocalDate date, DateWindow window) implements Comparable<When> {

    private static final Comparator<When> ORDER = Comparator.comparing(When::first)
            .thenComparing(when -> when.window() == null ? LocalDate.MIN : when.window().to());

    static When of(final ReleaseEvent event) {
        return new When(event.date(), event.date() == null ? event.dateWindow() : null);
    }

    /** The start of a day in the zone release days are read in: where a day's entry sits on the timeline. */
    static Instant startOf(final LocalDate day) {
        return day.atStartOfDay(ReleaseEvent.ZONE).toInstant();
    }

    Instant start() {
        return startOf(first());
    }

    boolean contains(final LocalDate day) {
        return window != null && !day.isBefore(window.from()) && !day.isAfter(window.to());
    }

    private LocalDate first() {
        return date != null ? date : window.from();
    }

    @Override
    public int compareTo(final When other) {
        return ORDER.compare(this, other);
    }
}
