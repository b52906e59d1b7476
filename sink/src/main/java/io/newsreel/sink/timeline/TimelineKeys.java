package io.newsreel.sink.timeline;

import java.time.Instant;

/**
 * Keys of the timeline store. A key starts with the show id and then the entry's time, zero-padded, so that one
 * show's timeline is one ordered range scan over a prefix.
 */
public final class TimelineKeys {

    private static final char SEPARATOR = '\u0000';
    /** Shifts epoch milliseconds so that times before 1970 are positive too and sort as text in time order. */
    private static final long EPOCH_SHIFT = 1L << 62;

    private TimelineKeys() {
    }

    /** The key of one entry of a show's timeline, ordered by time. */
    public static String entryKey(final String showId, final Instant at, final String entryId) {
        return showPrefix(showId) + String.format("%019d", at.toEpochMilli() + EPOCH_SHIFT) + SEPARATOR
                + entryId;
    }

    /** The prefix every entry key of a show starts with. */
    public static String showPrefix(final String showId) {
        return showId + SEPARATOR;
    }

    /** The key under which an entry's current timeline key is remembered, to move or replace it. */
    public static String positionKey(final String showId, final String entryId) {
        return showId + SEPARATOR + entryId;
    }

    /** The entry id for an article. */
    public static String articleEntryId(final String articleId) {
        return "article:" + articleId;
    }
}
