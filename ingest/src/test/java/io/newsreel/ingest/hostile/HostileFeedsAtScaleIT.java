package io.newsreel.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.fulltext.FullTextSettings;
import io.newsreel.ingest.hostile.ScaleFeeds.Feed;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TopicContents;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service on a real broker against 200 feeds on one local server, a quarter of them broken or hostile
 * (malformed XML, entity expansion, an external entity naming a local file, a 100 MB body, a gzip bomb, a redirect
 * loop, a server that never finishes, HTML, binary noise, HTTP errors, empty bodies), next to healthy ones, some odd
 * (a wrong charset header, 10,000 items, one 5 MB item). Every healthy article arrives on {@code raw-articles} once,
 * every broken feed is reported on {@code ingest-errors} with its kind, and the heap does not keep what it read.
 * The figures (articles, errors by kind, heap, time) are logged.
 */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(110)
class HostileFeedsAtScaleIT {

    private static final Logger LOG = LoggerFactory.getLogger(HostileFeedsAtScaleIT.class);
    private static final long MIB = 1024 * 1024;
    /** Short deadlines so the trickling servers are cut off within seconds; the production cap of 10 MiB. */
    private static final FetchSettings FETCH = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(4), 10 * MIB, 5, "newsreel-test", true);

    @Test
    void shouldPublishEveryHealthyArticleOnceAndReportEveryBrokenFeedByKind(final KafkaCluster kafka,
                                                                           @TempDir final Path dir)
            throws IOException {
        // Given
        final Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-" + UUID.randomUUID());
        final List<Feed> feeds = ScaleFeeds.all(secret);
        final Map<String, Object> clients = kafka.clientProperties();
        final IngestConfig config = IngestConfig.defaults(clients).withFetch(FETCH).withFetchThreads(16, 16)
                .withFullText(new FullTextSettings(false, 500));
        final long heapBefore = usedHeapAfterGc();
        final long started = System.nanoTime();

        try (HostileServer server = HostileServer.start();
             IngestService ingest = new IngestService(new IngestConfig(config.kafka(), "hostile-scale",
                     config.fetchThreads(), config.perHostFetches(), config.defaultPollInterval(), config.maxBackoff(),
                     config.fetch(), config.fullText()), Clock.systemUTC(), new SimpleMeterRegistry());
             SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
            final Map<String, Feed> byUrl = new LinkedHashMap<>();
            feeds.forEach(feed -> byUrl.put(server.serve(
                    new HostileCase(feed.name(), feed.path(), feed.handler(), HostileCase.Reader.CAPPED, null)), feed));
            final Set<String> expectedIds = new HashSet<>();
            byUrl.forEach((url, feed) -> expectedIds.addAll(feed.expectedIds(url)));

            // When
            ingest.start();
            byUrl.keySet().forEach(url -> subscriptions.subscribe(
                    new FeedSubscription(url, null, Duration.ofHours(1), true, Instant.now(), false, null)));

            // Then: wait on ids alone (values unread), then check the values once
            await().atMost(Duration.ofSeconds(80)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(keysOn(clients)).containsAll(expectedIds);
                assertThat(errorsByUrl(clients, byUrl.keySet()).keySet()).containsAll(brokenUrls(byUrl));
            });
            final long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
            final List<Article> articles = articlesFrom(clients, byUrl.keySet());
            assertThat(articles).extracting(Article::id).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expectedIds);
            assertThat(articles).noneMatch(article -> article.title() != null && article.title().contains("SECRET-"));
            assertThat(articles).extracting(Article::title)
                    .contains("Soirée spéciale : le café des âmes", "달빛 항구 시즌2 확정");
            // The 5 MB item arrives cut to fit a Kafka record, its beginning kept.
            assertThat(articles).filteredOn(article -> "The longest recap ever".equals(article.title()))
                    .singleElement().satisfies(article -> assertThat(article.text())
                            .startsWith("The drama goes on and on.").hasSizeGreaterThan(100_000));
            final Map<String, List<ErrorRecord>> errors = errorsByUrl(clients, byUrl.keySet());
            byUrl.forEach((url, feed) -> {
                if (feed.healthy()) {
                    assertThat(errors).as("errors of healthy %s", feed.name()).doesNotContainKey(url);
                } else {
                    assertThat(errors.get(url)).as("errors of %s", feed.name()).isNotEmpty()
                            .allSatisfy(error -> assertThat(error.kind()).isEqualTo(feed.kind()));
                }
            });
            final long heapAfter = usedHeapAfterGc();
            report(feeds, articles, errors, heapBefore, heapAfter, elapsed);
            assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(256 * MIB);
            byUrl.keySet().forEach(subscriptions::unsubscribe);
        }
    }

    private static Set<String> brokenUrls(final Map<String, Feed> byUrl) {
        return byUrl.entrySet().stream().filter(entry -> !entry.getValue().healthy()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The keys on raw-articles; values stay bytes, unread, so that waiting costs little. */
    private static Set<String> keysOn(final Map<String, Object> clients) {
        return TopicContents.readAll(clients, Topics.RAW_ARTICLES.name(), new ByteArrayDeserializer()).stream()
                .map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static List<Article> articlesFrom(final Map<String, Object> clients, final Set<String> urls) {
        return TopicContents.readAll(clients, Topics.RAW_ARTICLES.name(),
                        Topics.RAW_ARTICLES.valueSerde().deserializer()).stream()
                .map(ConsumerRecord::value).filter(article -> article != null && urls.contains(article.feedUrl()))
                .toList();
    }

    private static Map<String, List<ErrorRecord>> errorsByUrl(final Map<String, Object> clients,
                                                              final Set<String> urls) {
        return TopicContents.readAll(clients, Topics.INGEST_ERRORS.name(),
                        Topics.INGEST_ERRORS.valueSerde().deserializer()).stream()
                .map(ConsumerRecord::value).filter(error -> error != null && urls.contains(error.subject()))
                .collect(Collectors.groupingBy(ErrorRecord::subject));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(final List<Feed> feeds, final List<Article> articles,
                               final Map<String, List<ErrorRecord>> errors, final long heapBefore,
                               final long heapAfter, final long millis) {
        final Map<String, Long> byKind = new TreeMap<>(errors.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(ErrorRecord::kind, Collectors.counting())));
        final long textBytes = articles.stream().mapToLong(article -> article.text() == null ? 0
                : article.text().getBytes(StandardCharsets.UTF_8).length).sum();
        LOG.info("Hostile feeds at scale: {} feeds ({} healthy, {} broken), {} articles ({} KiB of text), "
                        + "errors by kind {}, heap used after GC {} MiB before, {} MiB after (max {} MiB), "
                        + "{} s until all arrived",
                feeds.size(), feeds.stream().filter(Feed::healthy).count(),
                feeds.stream().filter(feed -> !feed.healthy()).count(), articles.size(), textBytes / 1024, byKind,
                heapBefore / MIB, heapAfter / MIB, Runtime.getRuntime().maxMemory() / MIB, millis / 1000.0);
    }
}
