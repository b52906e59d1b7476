package io.newsreel.processor.release;

import java.util.Optional;
import java.util.function.Function;

/**
 * A time expression found in a sentence, not yet placed on the calendar: where it lands depends on the tense of the
 * trigger it belongs to, which is only known once it has been attached to one.
 *
 * @param start offset in the article text
 * @param end offset just past the expression
 * @param role whether it is the moment itself, the first day or the last day of a run
 * @param resolve places the expression given a tense; empty when it names no real day (February 30)
 */
record TimeMention(int start, int end, Role role, Function<Tense, Optional<When>> resolve) {

    enum Role {
        AT,
        FROM,
        UNTIL
    }

    int length() {
        return end - start;
    }
}
