package io.newsreel.sink.api;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.store.TimelineRange;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Turns show summaries into {@link ShowView}s, looking up each show's next release from today on. */
final class ShowViews {

    private final TimelineQueries timelines;
    private final Clock clock;

    ShowViews(final TimelineQueries timelines, final Clock clock) {
        this.timelines = timelines;
        this.clock = clock;
    }

    ShowView of(final ShowSummary show) {
        // Release entries sit at the start of their day in the release zone, so today's start finds today's.
        final Instant today = LocalDate.ofInstant(clock.instant(), ReleaseEvent.ZONE)
                .atStartOfDay(ReleaseEvent.ZONE).toInstant();
        return ShowView.of(show, timelines.page(TimelineRange.between(show.id(), today, null),
                        ShowViews::isRelease, 1).entries().stream()
                .findFirst()
                .map(NextRelease::of)
                .orElse(null));
    }

    static boolean isRelease(final TimelineEntry entry) {
        return (entry.kind() == EntryKind.RELEASE || entry.kind() == EntryKind.EPISODE) && entry.release() != null;
    }
}
