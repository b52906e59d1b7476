package io.newsreel.ingest.subscription;

import io.newsreel.contract.event.FeedSubscription;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The current subscriptions, as last read from the {@code feed-subscriptions} topic. */
public final class SubscriptionRegistry {

    private final Map<String, FeedSubscription> byUrl = new ConcurrentHashMap<>();

    /** Applies one record of the subscriptions topic; a null value (tombstone) unsubscribes. */
    public void apply(final String url, final FeedSubscription subscription) {
        if (subscription == null) {
            byUrl.remove(url);
        } else {
            byUrl.put(url, subscription);
        }
    }

    public Collection<FeedSubscription> enabled() {
        return byUrl.values().stream().filter(FeedSubscription::enabled).toList();
    }

    public boolean contains(final String url) {
        return byUrl.containsKey(url);
    }

    public List<FeedSubscription> all() {
        return List.copyOf(byUrl.values());
    }
}
