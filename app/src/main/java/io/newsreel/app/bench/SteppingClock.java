package io.newsreel.app.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock plus an offset the benchmark moves forward. Ingest schedules each feed's next poll a poll
 * interval (with jitter) after its last; stepping its clock past that interval makes every feed due at once, so
 * round 2 measures how fast ingest works through a full queue instead of how its schedule spreads the polls.
 *
 * <p>Step only while no fetch is in flight: ingest's fetcher measures each fetch's deadline on this clock, so a
 * step in the middle of one would time it out.
 */
final class SteppingClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final AtomicLong offsetMillis = new AtomicLong();

    void advance(final Duration by) {
        offsetMillis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        return system.instant().plusMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(final ZoneId zone) {
        // Ingest only asks for instants; a zone of its own would add nothing to measure.
        throw new UnsupportedOperationException("The benchmark clock stays in UTC");
    }
}
