package io.newsreel.contract.event;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed ingest polls, on the compacted {@code feed-subscriptions} topic keyed by {@link #url()}.
 * A tombstone unsubscribes.
 *
 * @param url feed URL
 * @param title feed title when known, else null
 * @param pollInterval time between polls
 * @param enabled false pauses polling without forgetting the feed
 * @param added when the subscription was made
 * @param fullText whether to fetch article pages when the feed carries only short texts; null follows ingest's
 *                 default
 */
public record FeedSubscription(String url, String title, Duration pollInterval, boolean enabled, Instant added,
                               Boolean fullText) {

    /** A subscription that follows ingest's default for full texts. */
    public FeedSubscription(final String url, final String title, final Duration pollInterval, final boolean enabled,
                            final Instant added) {
        this(url, title, pollInterval, enabled, added, null);
    }
}
