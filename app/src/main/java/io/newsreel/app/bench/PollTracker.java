package io.newsreel.app.bench;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the feed server saw, by round: a feed's first request belongs to round 1, its second to round 2. Counting at
 * the server rather than inside ingest measures ingest from the outside, as a publisher would, with no hook into it.
 */
final class PollTracker {

    static final int ROUNDS = 2;

    private final int feedCount;
    private final AtomicIntegerArray requestsPerFeed;
    private final Round[] rounds = new Round[ROUNDS];
    private final LongAdder laterRequests = new LongAdder();

    PollTracker(final int feedCount) {
        this.feedCount = feedCount;
        this.requestsPerFeed = new AtomicIntegerArray(feedCount);
        for (int i = 0; i < ROUNDS; i++) {
            rounds[i] = new Round();
        }
    }

    /** Counts a request of the feed and returns which one it is for that feed, from 1. */
    int nextRequest(final int feed) {
        return requestsPerFeed.incrementAndGet(feed);
    }

    /** Records the answer to a feed's {@code request}-th request, once it has been sent. */
    void answered(final int request, final int status, final long bodyBytes) {
        if (request > ROUNDS) {
            laterRequests.increment();
            return;
        }
        rounds[request - 1].answered(status, bodyBytes, feedCount);
    }

    /** What round {@code round} (from 1) has seen so far. */
    Traffic traffic(final int round) {
        return rounds[round - 1].snapshot();
    }

    long laterRequests() {
        return laterRequests.sum();
    }

    /**
     * One round's traffic so far.
     *
     * @param feedsPolled feeds that have had their request of this round answered
     * @param ok 200 answers
     * @param notModified 304 answers
     * @param other any other answer
     * @param bodyBytes feed XML sent
     * @param completedAtNanos {@link System#nanoTime()} when the last feed was answered, or 0 while some are not
     */
    record Traffic(long feedsPolled, long ok, long notModified, long other, long bodyBytes, long completedAtNanos) {
    }

    private static final class Round {

        private final LongAdder ok = new LongAdder();
        private final LongAdder notModified = new LongAdder();
        private final LongAdder other = new LongAdder();
        private final LongAdder bodyBytes = new LongAdder();
        private final AtomicLong feedsPolled = new AtomicLong();
        private final AtomicLong completedAtNanos = new AtomicLong();

        void answered(final int status, final long bytes, final int feedCount) {
            switch (status) {
                case 200 -> ok.increment();
                case 304 -> notModified.increment();
                default -> other.increment();
            }
            bodyBytes.add(bytes);
            if (feedsPolled.incrementAndGet() == feedCount) {
                completedAtNanos.set(System.nanoTime());
            }
        }

        Traffic snapshot() {
            return new Traffic(feedsPolled.get(), ok.sum(), notModified.sum(), other.sum(), bodyBytes.sum(),
                    completedAtNanos.get());
        }
    }
}
