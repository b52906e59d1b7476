package io.newsreel.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.sink.timeline.TimelineEntries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker stops mid-stream and starts again on the same ports and log directory while ingest, processor and
 * sink run on, each in a JVM of its own: they recover by themselves (none is restarted), articles published after
 * the broker is back reach their timelines within 30 seconds, and in the end every article is on its show's
 * timeline exactly once, every press conference once, and raw-articles holds each article once. The only error
 * records allowed are ingest's reports of a publish that failed because Kafka was away (the poll is retried).
 */
@Timeout(480)
class BrokerRestartIT {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerRestartIT.class);
    private static final int ARTICLES = 2_000;
    /** Published while the broker is away: 20 s at 50 a second, longer than a transaction may stay open. */
    private static final int PUBLISHED_WHILE_DOWN = 1_000;
    /**
     * Kept back until the broker is back, so that new articles are published after it is; on a slow machine the
     * feeds would otherwise have run out by then.
     */
    private static final int PUBLISHED_AFTER = 300;
    private static final int FEEDS = 10;
    /**
     * Ingest's producer gives up on a call after 10 s instead of 60, and the broker aborts a transaction left open
     * for 10 s (Kafka Streams already runs exactly-once with 10 s), so that a 20 s outage does to ingest what a long
     * one does with the defaults: commits that time out, transactions aborted under it.
     */
    private static final Map<String, String> SHORT_KAFKA_TIMEOUTS = Map.of(
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000", ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "10000");

    @Test
    void shouldRecoverFromABrokerRestartWithoutLosingOrRepeatingAnArticle(@TempDir final Path dir) throws Exception {
        // Given: news flowing through the three services
        final long started = System.nanoTime();
        final List<CrashArticles.Planted> articles = CrashArticles.generate(ARTICLES, FEEDS, 42);
        try (CrashBed bed = CrashBed.start(dir, "BrokerRestartIT", articles, FEEDS,
                SHORT_KAFKA_TIMEOUTS)) {
            bed.feeds().capAt(ARTICLES - PUBLISHED_WHILE_DOWN - PUBLISHED_AFTER);
            bed.feeds().startReleasing(25, Duration.ofMillis(500));
            await().atMost(Duration.ofSeconds(120)).until(() -> reachedTimelines(bed).size() >= 300);

            // When: the broker is away for a while, then back
            final int releasedAtStop = bed.feeds().released();
            bed.broker().close();
            bed.feeds().capAt(releasedAtStop + PUBLISHED_WHILE_DOWN);
            LOG.info("Broker stopped after {} articles were published", releasedAtStop);
            await().atMost(Duration.ofSeconds(120)).until(() -> bed.feeds().released()
                    >= releasedAtStop + PUBLISHED_WHILE_DOWN);
            bed.restartBroker();
            bed.feeds().capAt(ARTICLES);
            final long back = System.nanoTime();
            final int releasedAtRestart = bed.feeds().released();
            LOG.info("Broker back after {} articles were published", releasedAtRestart);

            // Then: articles published since the broker is back reach timelines within 30 s
            await().atMost(Duration.ofSeconds(30))
                    .failFast(bed::assertAllAlive)
                    .until(() -> reachedTimelines(bed).stream()
                    .anyMatch(index -> index >= releasedAtRestart));
            final long recoveredMillis = Duration.ofNanos(System.nanoTime() - back).toMillis();

            final CrashBed.Delivered delivered = bed.awaitEveryArticleOnce(Duration.ofSeconds(180),
                    Duration.ofSeconds(60));
            final List<ErrorRecord> errors = bed.watcher().errors();
            assertThat(errors).as("error records other than ingest's failed publishes during the outage")
                    .allSatisfy(error -> assertThat(error).satisfies(
                            failure -> assertThat(failure.service()).isEqualTo("ingest"),
                            failure -> assertThat(failure.kind()).isEqualTo("internal"),
                            failure -> assertThat(failure.message()).contains("org.apache.kafka")));
            assertThat(bed.services()).as("services never restarted").allSatisfy(service ->
                    assertThat(service.kills()).isZero());

            final String summary = String.format("Broker restart test: broker down while %d articles were "
                    + "published; new articles on timelines %d ms after it was back; %d articles and %d press "
                    + "conferences checked (timelines topic, HTTP API, raw-articles): %d duplicates, %d losses; "
                    + "%d failed publishes reported on ingest-errors and retried; %d s",
                    releasedAtRestart - releasedAtStop, recoveredMillis, delivered.committed().articles(),
                    delivered.committed().conferences(), delivered.duplicates(), delivered.losses(), errors.size(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            LOG.info(summary);
            System.out.println(summary);
        }
    }

    /** The indexes (in publication order) of the articles that have an entry on a timeline. */
    private static Set<Integer> reachedTimelines(final CrashBed bed) {
        final Set<String> ids = bed.watcher().timelineEntries().stream()
                .filter(entry -> entry.kind() == EntryKind.ARTICLE)
                .flatMap(entry -> TimelineEntries.members(entry).stream())
                .map(TimelineArticle::id).collect(Collectors.toSet());
        final List<CrashArticles.Planted> articles = bed.articles();
        return IntStream.range(0, articles.size()).filter(index -> ids.contains(articles.get(index).id()))
                .boxed().collect(Collectors.toSet());
    }
}
