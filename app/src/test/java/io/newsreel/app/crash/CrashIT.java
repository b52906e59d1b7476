package io.newsreel.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest, processor and sink, each in a JVM of its own, are SIGKILLed at seeded random moments while 5,000 articles
 * flow from locally served feeds, and started again each time on the same state: every article still reaches its
 * show's timeline exactly once, every press conference its release entry once with each report once, raw-articles
 * holds each article once, and nothing lands on an error topic. The seed is logged; {@code -Dnewsreel.crash.seed=N}
 * replays a run's kill order and moments.
 */
@Timeout(600)
class CrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(CrashIT.class);
    private static final int ARTICLES = 5_000;
    private static final int FEEDS = 10;

    @Test
    void shouldDeliverEveryArticleExactlyOnceThroughRepeatedKills(@TempDir final Path dir) throws Exception {
        // Given
        final long seed = Long.getLong("newsreel.crash.seed", System.nanoTime());
        LOG.info("Crash test seed: {} (replay with -Dnewsreel.crash.seed={})", seed, seed);
        final long started = System.nanoTime();
        final List<CrashArticles.Planted> articles = CrashArticles.generate(ARTICLES, FEEDS, seed);
        try (CrashBed bed = CrashBed.start(dir, "CrashIT", articles, FEEDS, Map.of())) {

            // When: about 50 s of news, with a kill every 2 to 6 s
            bed.feeds().startReleasing(50, Duration.ofMillis(500));
            final KillSchedule kills;
            try (KillSchedule schedule = new KillSchedule(Map.of(bed.ingest(), 4, bed.processor(), 3, bed.sink(), 3),
                    Duration.ofMillis(2_000), Duration.ofMillis(6_000), new Random(seed))) {
                kills = schedule;
                await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(5))
                        .conditionEvaluationListener(condition -> LOG.info(bed.progress()))
                        .until(schedule::finished);
            }
            await().atMost(Duration.ofSeconds(60)).until(bed.feeds()::allReleased);

            // Then
            final CrashBed.Delivered delivered = bed.awaitEveryArticleOnce(Duration.ofSeconds(240),
                    Duration.ofSeconds(120));
            assertThat(delivered.committed().lost()).isEmpty();
            assertThat(bed.watcher().errors()).as("error records").isEmpty();
            assertThat(bed.services()).as("services that stopped without being killed").allSatisfy(service ->
                    assertThat(service.exitsOnItsOwn()).as(service.toString()).isEmpty());

            final String summary = String.format("Crash test (seed %d): %d SIGKILLs survived %s; %d articles and %d "
                    + "press conferences checked (timelines topic, HTTP API, raw-articles): %d duplicates, %d losses; "
                    + "error topics empty; %d s", seed, kills.total(), kills.killsByService(),
                    delivered.committed().articles(), delivered.committed().conferences(), delivered.duplicates(),
                    delivered.losses(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
            LOG.info(summary);
            System.out.println(summary);
        }
    }
}
