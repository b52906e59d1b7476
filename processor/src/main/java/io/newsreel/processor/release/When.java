package io.newsreel.processor.release;

import io.newsreel.contract.event.DateWindow;
import java.time.LocalDate;

/**
 * A resolved time: exactly one of a day or a span of days, and how it was stated.
 *
 * @param date the day, or null
 * @param window the span, or null
 * @param precision how exactly the text stated it
 */
record When(LocalDate date, DateWindow window, Precision precision) {

    static When day(final LocalDate date, final Precision precision) {
        return new When(date, null, precision);
    }

    static When span(final DateWindow window) {
        return new When(null, window, Precision.WINDOW);
    }

    LocalDate first() {
        return date != null ? date : window.from();
    }

    LocalDate last() {
        return date != null ? date : window.to();
    }
}
