package io.newsreel.sink.timeline;

import java.time.Instant;

/**
 * Keys of the stores that hold time-ordered lists per owner (a show's timeline, a person's articles). A key is the
 * owner id, the time zero-padded, and the item id, so that one owner's list is one ordered range scan over a prefix,
 * and a time range is a range scan between two keys.
 */
public final class TimeOrderedKeys {

    private static final char SEPARATOR = '\u0000';
    /** The character just above the separator: the bound of a range that must include every key of a time. */
    private static final char AFTER_SEPARATOR = '\u0001';
    /** Shifts epoch milliseconds so that times before 1970 are positive too and sort as text in time order. */
    private static final long EPOCH_SHIFT = 1L << 62;

    private TimeOrderedKeys() {
    }

    /** The key of one item of an owner's list, ordered by time. */
    public static String key(final String ownerId, final Instant at, final String itemId) {
        return time(ownerId, at) + SEPARATOR + itemId;
    }

    /** The prefix every key of an owner starts with. */
    public static String prefix(final String ownerId) {
        return ownerId + SEPARATOR;
    }

    /** The smallest key of an owner's items at or after {@code at}. */
    public static String from(final String ownerId, final Instant at) {
        return time(ownerId, at);
    }

    /** A key above every key of an owner's items at or before {@code at}. */
    public static String through(final String ownerId, final Instant at) {
        return time(ownerId, at) + AFTER_SEPARATOR;
    }

    /** A key above every key of an owner. */
    public static String end(final String ownerId) {
        return ownerId + AFTER_SEPARATOR;
    }

    /** The key under which an item's current time-ordered key is remembered, to move or replace it. */
    public static String positionKey(final String ownerId, final String itemId) {
        return ownerId + SEPARATOR + itemId;
    }

    private static String time(final String ownerId, final Instant at) {
        return prefix(ownerId) + String.format("%019d", at.toEpochMilli() + EPOCH_SHIFT);
    }
}
