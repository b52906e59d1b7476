package io.newsreel.sink.api;

/**
 * The data of a {@code removed} live event: a timeline entry that no longer exists.
 *
 * @param showId the show
 * @param entryId the entry
 */
public record RemovedEntry(String showId, String entryId) {
}
