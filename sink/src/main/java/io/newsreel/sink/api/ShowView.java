package io.newsreel.sink.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Instant;
import java.util.Comparator;

/**
 * A show as the API lists it: its summary and what comes next.
 *
 * @param id show id
 * @param name display name
 * @param articleCount articles in its timeline
 * @param releaseCount release and episode entries in its timeline
 * @param lastUpdate publication time of its newest article, or null before the first
 * @param nextRelease the first release or episode entry dated today or later, or null
 */
public record ShowView(String id, String name, long articleCount, long releaseCount, Instant lastUpdate,
                       @JsonInclude(JsonInclude.Include.ALWAYS) NextRelease nextRelease) {

    /** The order shows are listed in. */
    static final Comparator<ShowView> MOST_RECENTLY_UPDATED_FIRST =
            ShowSummary.mostRecentlyUpdatedFirst(ShowView::lastUpdate, ShowView::id);

    static ShowView of(final ShowSummary show, final NextRelease nextRelease) {
        return new ShowView(show.id(), show.name(), show.articleCount(), show.releaseCount(), show.lastUpdate(),
                nextRelease);
    }
}
