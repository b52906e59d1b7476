package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.export.ShowCalendar;
import io.newsreel.sink.export.ShowFeed;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.store.TimelineRange;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Clock;
import java.util.List;

/** {@code /api/shows/{id}/calendar.ics} and {@code /api/shows/{id}/feed.atom}: a show for calendar and feed apps. */
final class ExportRoutes {

    private static final int FEED_ARTICLES = 50;

    private final TimelineQueries timelines;
    private final Clock clock;

    ExportRoutes(final TimelineQueries timelines, final Clock clock) {
        this.timelines = timelines;
        this.clock = clock;
    }

    void calendar(final Context ctx) {
        final ShowSummary show = show(ctx.pathParam("id"));
        final List<TimelineEntry> releases = timelines
                .page(TimelineRange.whole(show.id()), ShowViews::isRelease, Integer.MAX_VALUE).entries();
        ctx.contentType("text/calendar; charset=utf-8")
                .result(ShowCalendar.render(show, releases, clock.instant()));
    }

    void feed(final Context ctx) {
        final ShowSummary show = show(ctx.pathParam("id"));
        final List<TimelineEntry> newest = timelines.newest(show.id(),
                entry -> entry.kind() == EntryKind.ARTICLE && entry.article() != null, FEED_ARTICLES);
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(ShowFeed.render(show, newest.stream().map(TimelineEntry::article).toList(), clock.instant()));
    }

    private ShowSummary show(final String id) {
        return timelines.show(id).orElseThrow(() -> ApiException.notFound("No show with id " + id));
    }
}
