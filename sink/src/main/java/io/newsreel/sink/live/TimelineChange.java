package io.newsreel.sink.live;

import io.newsreel.contract.event.TimelineEntry;

/**
 * One record of the {@code timelines} topic: an entry added or changed, or removed.
 *
 * @param showId the show
 * @param entryId the entry
 * @param entry the entry as it is now; null when it was removed
 */
public record TimelineChange(String showId, String entryId, TimelineEntry entry) {

    /**
     * The change a {@code timelines} record stands for.
     *
     * @param key {@code showId/entryId}; show ids are catalog slugs without a slash, entry ids may contain one
     * @param entry the value, null for a tombstone
     */
    public static TimelineChange of(final String key, final TimelineEntry entry) {
        if (entry != null) {
            return new TimelineChange(entry.showId(), entry.entryId(), entry);
        }
        final int slash = key.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("A timelines key is showId/entryId, was " + key);
        }
        return new TimelineChange(key.substring(0, slash), key.substring(slash + 1), null);
    }

    public boolean removed() {
        return entry == null;
    }
}
