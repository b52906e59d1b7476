package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.PersonRef;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.store.TimelinePage;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.store.TimelineRange;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** {@code /api/shows}, {@code /api/shows/{id}} and {@code /api/shows/{id}/timeline}. */
final class ShowRoutes {

    private static final int DEFAULT_PAGE = 200;
    private static final int MAX_PAGE = 1_000;

    private final TimelineQueries timelines;
    private final ShowViews views;

    ShowRoutes(final TimelineQueries timelines, final ShowViews views) {
        this.timelines = timelines;
        this.views = views;
    }

    /** This instance's shows. */
    ShowsResponse localShows(final Context ctx) {
        return new ShowsResponse(timelines.shows().stream().map(views::of)
                .sorted(ShowView.MOST_RECENTLY_UPDATED_FIRST).toList());
    }

    ShowsResponse merge(final Context ctx, final List<ShowsResponse> parts) {
        return new ShowsResponse(parts.stream().flatMap(part -> part.shows().stream())
                .sorted(ShowView.MOST_RECENTLY_UPDATED_FIRST).toList());
    }

    void show(final Context ctx) {
        ctx.json(views.of(show(ctx.pathParam("id"))));
    }

    void timeline(final Context ctx) {
        final ShowSummary show = show(ctx.pathParam("id"));
        final Instant from = QueryParams.startingAt(ctx, "from");
        final Instant to = QueryParams.endingAt(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("Parameter from must not be after to");
        }
        final Predicate<TimelineEntry> filter = ofKinds(QueryParams.kinds(ctx))
                .and(naming(QueryParams.present(ctx, "person")));
        final int limit = QueryParams.limit(ctx, DEFAULT_PAGE, MAX_PAGE);
        final TimelineRange range = TimelineRange.between(show.id(), from, to);
        final String after = QueryParams.present(ctx, "after");
        final TimelinePage page = timelines.page(after == null ? range : Cursor.resume(range, after), filter,
                limit);
        ctx.json(new TimelineResponse(views.of(show), page.entries(),
                page.more() ? Cursor.of(page.lastKey()) : null));
    }

    private ShowSummary show(final String id) {
        return timelines.show(id).orElseThrow(() -> ApiException.notFound("No show with id " + id));
    }

    private static Predicate<TimelineEntry> ofKinds(final Set<EntryKind> kinds) {
        return entry -> kinds.contains(entry.kind());
    }

    /** Article entries naming the person; everything when {@code personId} is null. */
    private static Predicate<TimelineEntry> naming(final String personId) {
        if (personId == null) {
            return entry -> true;
        }
        return entry -> entry.article() != null && entry.article().persons().stream()
                .map(PersonRef::id)
                .anyMatch(personId::equals);
    }
}
