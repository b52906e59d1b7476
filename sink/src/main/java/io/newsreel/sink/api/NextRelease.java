package io.newsreel.sink.api;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.event.TimelineRelease;
import java.time.LocalDate;

/**
 * A show's next release or episode entry, as a show's summary names it.
 *
 * @param entryId the timeline entry
 * @param kind {@link EntryKind#RELEASE} or {@link EntryKind#EPISODE}
 * @param type kind of fact
 * @param season season number, or null
 * @param date the day, or null when only a window is known
 * @param dateWindow the window, when only that is known
 * @param firstEpisode on an episode entry, the first episode out that day
 * @param lastEpisode on an episode entry, the last episode out that day
 * @param conflict whether sources disagree on when it happens
 */
public record NextRelease(String entryId, EntryKind kind, ReleaseType type, Integer season, LocalDate date,
                          DateWindow dateWindow, Integer firstEpisode, Integer lastEpisode, boolean conflict) {

    static NextRelease of(final TimelineEntry entry) {
        final TimelineRelease release = entry.release();
        return new NextRelease(entry.entryId(), entry.kind(), release.type(), release.season(), release.date(),
                release.dateWindow(), release.firstEpisode(), release.lastEpisode(), release.conflict());
    }
}
