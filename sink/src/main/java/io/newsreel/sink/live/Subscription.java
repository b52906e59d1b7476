package io.newsreel.sink.live;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One listener's changes, waiting to be taken: a bounded queue, so a listener that does not keep up is cut off
 * instead of holding up the others or filling the heap. Closing it wakes a waiting {@link #next}.
 */
public final class Subscription implements AutoCloseable {

    /** Put on the queue by {@link #close()} to wake the taker; never handed out. */
    private static final TimelineChange CLOSED = new TimelineChange("", "", null);

    private final String showId;
    private final int capacity;
    private final BlockingQueue<TimelineChange> queue;
    private final Consumer<Subscription> onClose;
    private final AtomicBoolean open = new AtomicBoolean(true);

    Subscription(final String showId, final int capacity, final Consumer<Subscription> onClose) {
        this.showId = showId;
        this.capacity = capacity;
        // One place more than the capacity, so the wake-up of close() always fits.
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.onClose = onClose;
    }

    /** Whether this subscription wants changes of {@code change}'s show. */
    boolean wants(final TimelineChange change) {
        return showId == null || showId.equals(change.showId());
    }

    /**
     * Queues a change without waiting; called from one thread only.
     *
     * @return false when the queue was full
     */
    boolean offer(final TimelineChange change) {
        return queue.size() < capacity && queue.offer(change);
    }

    /**
     * The next change, waiting at most {@code wait}.
     *
     * @return empty when none came in time or the subscription is closed
     */
    public Optional<TimelineChange> next(final Duration wait) throws InterruptedException {
        if (!open.get()) {
            return Optional.empty();
        }
        final TimelineChange change = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return change == null || change == CLOSED ? Optional.empty() : Optional.of(change);
    }

    public boolean isOpen() {
        return open.get();
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            queue.clear();
            queue.offer(CLOSED);
            onClose.accept(this);
        }
    }
}
