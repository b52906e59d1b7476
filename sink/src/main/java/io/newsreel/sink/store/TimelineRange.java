package io.newsreel.sink.store;

import io.newsreel.sink.timeline.TimeOrderedKeys;
import java.time.Instant;

/**
 * A stretch of one show's timeline as bounds of a range scan over the timeline store.
 *
 * @param showId the show
 * @param lowKey the smallest key in the range
 * @param highKey a key above every key in the range
 */
public record TimelineRange(String showId, String lowKey, String highKey) {

    /** The smallest character: {@code key + LOWEST_CHARACTER} is the smallest key that sorts after {@code key}. */
    private static final char LOWEST_CHARACTER = '\u0000';

    /** The whole timeline of a show. */
    public static TimelineRange whole(final String showId) {
        return new TimelineRange(showId, TimeOrderedKeys.prefix(showId), TimeOrderedKeys.end(showId));
    }

    /**
     * The entries placed between two moments.
     *
     * @param from the earliest moment, inclusive; null for the start of the timeline
     * @param to the latest moment, inclusive; null for the end of the timeline
     */
    public static TimelineRange between(final String showId, final Instant from, final Instant to) {
        return new TimelineRange(showId,
                from == null ? TimeOrderedKeys.prefix(showId) : TimeOrderedKeys.from(showId, from),
                to == null ? TimeOrderedKeys.end(showId) : TimeOrderedKeys.through(showId, to));
    }

    /** Whether {@code key} is a key of this range. */
    public boolean contains(final String key) {
        return key.startsWith(TimeOrderedKeys.prefix(showId)) && key.compareTo(lowKey) >= 0
                && key.compareTo(highKey) < 0;
    }

    /** The rest of this range after {@code key}, a key of the range. */
    public TimelineRange after(final String key) {
        if (!contains(key)) {
            throw new IllegalArgumentException("Key is not in the timeline range of " + showId);
        }
        return new TimelineRange(showId, key + LOWEST_CHARACTER, highKey);
    }
}
