package io.newsreel.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a show's timeline, published on the compacted {@code timelines} topic keyed by
 * {@code showId + "/" + entryId}; a tombstone removes the entry.
 *
 * @param showId the show
 * @param entryId unique within the show and stable across replays
 * @param kind what the entry shows
 * @param at the moment the entry is placed at on the timeline: an article's publication time, or the start of a
 *           release day (or of a window's first day) in {@link ReleaseEvent#ZONE}
 * @param article the article, for {@link EntryKind#ARTICLE} entries; else null
 * @param release the release fact, for {@link EntryKind#RELEASE} and {@link EntryKind#EPISODE} entries; else null
 * @param coverage on an article entry of a story with several articles (other outlets' reports, syndicated copies):
 *                 all of them, oldest first, {@code article} being the first; else empty
 */
public record TimelineEntry(String showId, String entryId, EntryKind kind, Instant at, TimelineArticle article,
                            TimelineRelease release, List<TimelineArticle> coverage) {

    public TimelineEntry {
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
    }

    /** The key of this entry on the {@code timelines} topic. */
    public String topicKey() {
        return showId + "/" + entryId;
    }
}
