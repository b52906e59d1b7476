package io.newsreel.sink.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every timeline change to each subscriber that wants its show, without ever waiting for one: a subscriber
 * whose queue is full is closed, and its client can reconnect.
 */
public final class ChangeBroadcaster implements Consumer<TimelineChange>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeBroadcaster.class);
    /** Changes a subscriber may fall behind by: far more than a burst of tagging produces for a browser. */
    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public ChangeBroadcaster(final int capacity) {
        this.capacity = capacity;
    }

    /**
     * Starts receiving changes.
     *
     * @param showId only this show's changes; null for all
     */
    public Subscription subscribe(final String showId) {
        final Subscription subscription = new Subscription(showId, capacity, subscriptions::remove);
        subscriptions.add(subscription);
        if (closed) {
            // Closed while subscribing: a subscription that close() missed must not stay open.
            subscription.close();
        }
        return subscription;
    }

    @Override
    public void accept(final TimelineChange change) {
        for (final Subscription subscription : subscriptions) {
            if (subscription.wants(change) && !subscription.offer(change)) {
                LOG.warn("A live timeline client fell {} changes behind; disconnecting it", capacity);
                subscription.close();
            }
        }
    }

    /** How many subscriptions are open; a live stream closes its own when it ends. */
    public int subscriptions() {
        return subscriptions.size();
    }

    /** Closes every subscription, which ends their streams. */
    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(Subscription::close);
    }
}
