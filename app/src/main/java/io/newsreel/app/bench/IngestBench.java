package io.newsreel.app.bench;

import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.fulltext.FullTextSettings;
import io.newsreel.kafka.embedded.EmbeddedKafkaBroker;
import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

/**
 * One run of the ingest benchmark: a broker (embedded unless one is named), the synthetic feed server, every feed
 * subscribed, then ingest started and measured over two rounds. Round 1 is cold: every feed answers 200 with all its
 * items. Round 2 follows at once (see {@link SteppingClock}): most feeds answer 304, the changed ones 200 with a
 * few new items.
 */
final class IngestBench {

    private final IngestBenchSettings settings;
    private final PrintStream progress;

    IngestBench(final IngestBenchSettings settings, final PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    BenchResult run() {
        final Instant startedAt = Instant.now();
        try (ScratchDirectory scratch = ScratchDirectory.create("newsreel-bench-")) {
            return run(startedAt, scratch.path());
        }
    }

    private BenchResult run(final Instant startedAt, final Path dataDir) {
        final SyntheticFeeds feeds = new SyntheticFeeds(settings.seed(), settings.feeds(), settings.items(),
                settings.changedRatio());
        final PollTracker tracker = new PollTracker(feeds.feedCount());
        final long brokerStart = System.nanoTime();
        try (EmbeddedKafkaBroker broker = settings.bootstrapServers() == null
                ? EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.defaults(dataDir.resolve("kafka"))) : null) {
            final double brokerSeconds = broker == null ? 0 : Units.seconds(System.nanoTime() - brokerStart);
            final String bootstrapServers = broker == null ? settings.bootstrapServers() : broker.bootstrapServers();
            final Map<String, Object> kafka = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            // The counter reads these topics before ingest has created them.
            try (Admin admin = Admin.create(kafka)) {
                new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS, Topics.RAW_ARTICLES,
                        Topics.ARTICLE_FINGERPRINTS, Topics.INGEST_ERRORS));
            }
            try (SyntheticFeedServer server = SyntheticFeedServer.start(feeds, tracker, settings.serverThreads());
                 HeapSampler heap = new HeapSampler();
                 ArticleCounter counter = new ArticleCounter(kafka)) {
                final List<String> urls = IntStream.range(0, feeds.feedCount()).mapToObj(server::url).toList();
                progress.printf("Subscribing %,d feeds served at %s ...%n", urls.size(),
                        server.url(0).replace("0.xml", "<n>.xml"));
                final long subscribeStart = System.nanoTime();
                BenchSubscriptions.subscribe(kafka, urls, settings.pollInterval());
                final double subscribeSeconds = Units.seconds(System.nanoTime() - subscribeStart);
                final double heapBeforeIngest = Units.mebibytes(heap.usedAfterGc());

                final Rounds rounds;
                try {
                    rounds = measureRounds(kafka, feeds, new RoundMeter(feeds.feedCount(), tracker, counter, heap,
                            progress));
                } finally {
                    if (broker == null) {
                        // An external Kafka outlives the run; leave its subscriptions as they were.
                        BenchSubscriptions.unsubscribe(kafka, urls);
                    }
                }
                return new BenchResult("ingest", startedAt, Machine.current(), settings,
                        broker == null ? bootstrapServers : "embedded", brokerSeconds, subscribeSeconds,
                        rounds.ingestStartSeconds, heapBeforeIngest, rounds.results);
            }
        }
    }

    private Rounds measureRounds(final Map<String, Object> kafka, final SyntheticFeeds feeds,
                                 final RoundMeter meter) {
        final SteppingClock clock = new SteppingClock();
        final Rounds rounds = new Rounds();
        try (IngestService ingest = new IngestService(ingestConfig(kafka), clock)) {
            progress.printf("Round 1 (cold): every feed answers 200 with %d items%n", feeds.itemsPerFeed());
            rounds.results.add(meter.measure(1, "cold", (long) feeds.feedCount() * feeds.itemsPerFeed(), () -> {
                final long start = System.nanoTime();
                ingest.start();
                rounds.ingestStartSeconds = Units.seconds(System.nanoTime() - start);
            }));
            progress.printf("Round 2 (warm): %,d feeds changed, %d new items each; the rest answer 304%n",
                    feeds.changedFeedCount(), feeds.newItemsPerChange());
            // Twice the interval: past any jitter ingest adds, so every feed is due now.
            rounds.results.add(meter.measure(2, "warm",
                    (long) feeds.changedFeedCount() * feeds.newItemsPerChange(),
                    () -> clock.advance(settings.pollInterval().multipliedBy(2))));
        }
        return rounds;
    }

    private IngestConfig ingestConfig(final Map<String, Object> kafka) {
        final IngestConfig tuned = IngestConfig.defaults(kafka)
                .withDefaultPollInterval(settings.pollInterval())
                // Every synthetic feed shares one host, where real feeds are spread over many: without this, the
                // per-host limit (not ingest's throughput) would decide the figures.
                .withFetchThreads(settings.fetchThreads(),
                        settings.perHostFetches() > 0 ? settings.perHostFetches() : settings.feeds())
                // The feed server is on 127.0.0.1, which ingest refuses unless private addresses are allowed.
                .withFetch(FetchSettings.DEFAULTS.withAllowPrivateAddresses(true))
                // The items' article pages do not exist (example.org), and page fetches are not feed ingest.
                .withFullText(new FullTextSettings(false, FullTextSettings.DEFAULTS.minChars()));
        // An instance id of its own, so that against an external Kafka the benchmark never fences the transactions
        // of a real ingest.
        return new IngestConfig(tuned.kafka(), "bench-" + ProcessHandle.current().pid(), tuned.fetchThreads(),
                tuned.perHostFetches(), tuned.defaultPollInterval(), tuned.maxBackoff(), tuned.fetch(),
                tuned.fullText());
    }

    /** What the two rounds produced; ingest's start-up time is measured inside round 1's start. */
    private static final class Rounds {
        private final List<RoundResult> results = new ArrayList<>();
        private double ingestStartSeconds;
    }
}
