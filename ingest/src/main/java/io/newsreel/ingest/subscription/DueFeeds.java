package io.newsreel.ingest.subscription;

import io.newsreel.contract.event.FeedSubscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feeds due for a poll, the most overdue first. When polls take longer than the poll interval, the per-host and
 * thread limits leave some due feeds for a later tick; taking them in a fixed order would leave the same feeds
 * behind every tick, while most overdue first gives every feed its turn.
 */
public final class DueFeeds {

    private DueFeeds() {
    }

    /**
     * The subscriptions due at {@code now} and not being polled, most overdue first. A subscription with no state yet
     * gets one that is due now.
     *
     * @param states the poll state by feed URL; other threads update it, so each feed's next poll is read once
     */
    public static List<FeedSubscription> inPollOrder(final Collection<FeedSubscription> enabled,
                                                     final Map<String, FeedState> states, final Set<String> inFlight,
                                                     final Instant now) {
        final List<Due> due = new ArrayList<>();
        for (final FeedSubscription subscription : enabled) {
            final Instant nextPoll = states.computeIfAbsent(subscription.url(), url -> FeedState.dueAt(now))
                    .nextPoll();
            if (!nextPoll.isAfter(now) && !inFlight.contains(subscription.url())) {
                due.add(new Due(subscription, nextPoll));
            }
        }
        due.sort(Comparator.comparing(Due::nextPoll));
        return due.stream().map(Due::subscription).toList();
    }

    private record Due(FeedSubscription subscription, Instant nextPoll) {
    }
}
