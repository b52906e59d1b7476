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
 */
public record FeedSubscription(String url, String title, Duration pollInterval, boolean enabled, Instant added) {
}
