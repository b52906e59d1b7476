package io.newsreel.ingest.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next: its interval spread by jitter so that feeds added together do not poll together, and
 * after failures an exponential back-off up to a cap.
 */
public final class PollSchedule {

    private static final double JITTER = 0.1;

    private final Duration maxBackoff;
    private final RandomGenerator random;

    public PollSchedule(final Duration maxBackoff, final RandomGenerator random) {
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    public Instant afterSuccess(final Instant now, final Duration interval) {
        return now.plus(jittered(interval));
    }

    public Instant afterFailure(final Instant now, final Duration interval, final int consecutiveFailures) {
        final int doublings = Math.min(consecutiveFailures, 20);
        final Duration backoff = interval.multipliedBy(1L << doublings);
        return now.plus(jittered(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff));
    }

    private Duration jittered(final Duration base) {
        final double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
    }
}
