package io.newsreel.sink.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * What the sink knows of a show at a glance, kept per show id.
 *
 * @param id show id
 * @param name display name
 * @param articleCount articles in its timeline
 * @param releaseCount release and episode entries in its timeline
 * @param lastUpdate publication time of its newest article, or null before the first
 */
public record ShowSummary(String id, String name, long articleCount, long releaseCount, Instant lastUpdate) {

    /** Shows are listed most recently updated first, then by id. */
    public static final Comparator<ShowSummary> MOST_RECENTLY_UPDATED_FIRST =
            mostRecentlyUpdatedFirst(ShowSummary::lastUpdate, ShowSummary::id);

    /** The order shows are listed in, for anything that carries a show's last update and id. */
    public static <T> Comparator<T> mostRecentlyUpdatedFirst(final Function<T, Instant> lastUpdate,
                                                             final Function<T, String> id) {
        return Comparator.comparing(lastUpdate, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(id);
    }

    public static ShowSummary empty(final String id, final String name) {
        return new ShowSummary(id, name, 0, 0, null);
    }

    /** This summary after an article published at {@code published} was added to the timeline. */
    public ShowSummary withArticle(final String currentName, final Instant published) {
        final Instant newest = lastUpdate == null || published.isAfter(lastUpdate) ? published : lastUpdate;
        return new ShowSummary(id, currentName, articleCount + 1, releaseCount, newest);
    }

    /** This summary after an article left the timeline. */
    public ShowSummary withoutArticle() {
        return new ShowSummary(id, name, Math.max(0, articleCount - 1), releaseCount, lastUpdate);
    }

    /** This summary with the show's current display name. */
    public ShowSummary named(final String currentName) {
        return new ShowSummary(id, currentName, articleCount, releaseCount, lastUpdate);
    }

    /** This summary after release entries were added (positive) or removed (negative). */
    public ShowSummary withReleasesChangedBy(final long change) {
        return new ShowSummary(id, name, articleCount, Math.max(0, releaseCount + change), lastUpdate);
    }
}
