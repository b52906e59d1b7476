package io.newsreel.sink.timeline;

import java.time.Instant;

/**
 * What the sink knows of a show at a glance, kept per show id.
 *
 * @param id show id
 * @param name display name
 * @param articleCount articles in its timeline
 * @param lastUpdate publication time of its newest article
 */
public record ShowSummary(String id, String name, long articleCount, Instant lastUpdate) {

    /** This summary after an article published at {@code published} was added to the timeline. */
    public ShowSummary withArticle(final String currentName, final Instant published) {
        final Instant newest = lastUpdate == null || published.isAfter(lastUpdate) ? published : lastUpdate;
        return new ShowSummary(id, currentName, articleCount + 1, newest);
    }

    public static ShowSummary empty(final String id, final String name) {
        return new ShowSummary(id, name, 0, null);
    }
}
