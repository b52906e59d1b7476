package io.newsreel.app.bench.sink;

import io.newsreel.app.bench.Latencies;
import io.newsreel.app.bench.ScratchDirectory;
import io.newsreel.app.console.Progress;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topics;
import io.newsreel.kafka.embedded.EmbeddedKafkaBroker;
import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Runs {@code bench sink}: an embedded broker, the sink service, tagged articles published as fast as the producer
 * goes, and HTTP reads once every entry is committed.
 */
final class SinkBench {

    private static final Duration MATERIALIZE_TIMEOUT = Duration.ofMinutes(5);
    private static final int WARMUP_REQUESTS = 300;
    private static final long SEED = 42;

    private final SinkBenchSettings settings;
    private final PrintWriter console;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SinkBench(final SinkBenchSettings settings, final PrintWriter console) {
        this.settings = settings;
        this.console = console;
    }

    SinkBenchResult run() throws IOException, InterruptedException {
        try (ScratchDirectory scratch = ScratchDirectory.create("newsreel-bench-sink-");
             EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                     EmbeddedKafkaConfig.defaults(scratch.path().resolve("kafka")))) {
            final Map<String, Object> kafka = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (SinkService sink = new SinkService(SinkConfig.defaults(kafka, scratch.path().resolve("state"), 0))) {
                sink.start();
                final List<ShowTagged> articles = BenchArticles.of(settings);
                console.printf("Materializing %,d articles of %d shows...%n", articles.size(),
                        settings.otherShows() + 1);
                console.flush();
                final long started = System.nanoTime();
                publish(kafka, articles);
                awaitArticleEntries(kafka, articles.size());
                final double seconds = (System.nanoTime() - started) / 1e9;
                console.printf("Reading the timeline of %,d entries over HTTP...%n", settings.entries());
                console.flush();
                return reads(sink.httpPort(), articles.size(), seconds);
            }
        }
    }

    private void publish(final Map<String, Object> kafka, final List<ShowTagged> articles) {
        final Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, ShowTagged> producer = new KafkaProducer<>(config,
                Topics.SHOW_TAGS.keySerde().serializer(), Topics.SHOW_TAGS.valueSerde().serializer())) {
            articles.forEach(article -> producer.send(new ProducerRecord<>(Topics.SHOW_TAGS.name(),
                    article.show().id(), article)));
            producer.flush();
        }
    }

    /** Waits until every article's entry is on {@code timelines}: committed there, it is in the store too. */
    private void awaitArticleEntries(final Map<String, Object> kafka, final int expected) {
        final Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG), ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, TimelineEntry> consumer = new KafkaConsumer<>(config,
                Topics.TIMELINES.keySerde().deserializer(), Topics.TIMELINES.valueSerde().deserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.TIMELINES.name()).stream()
                    .map((PartitionInfo info) -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Set<String> seen = new HashSet<>();
            final long deadline = System.nanoTime() + MATERIALIZE_TIMEOUT.toNanos();
            try (Progress progress = Progress.onStderr("Article entries materialized", expected)) {
                while (seen.size() < expected) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Only " + seen.size() + " of " + expected
                                + " entries were materialized within " + MATERIALIZE_TIMEOUT);
                    }
                    for (final ConsumerRecord<String, TimelineEntry> record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.key().contains("/article:")) {
                            seen.add(record.key());
                        }
                    }
                    progress.update(seen.size());
                }
            }
        }
    }

    private SinkBenchResult reads(final int port, final int articles, final double seconds)
            throws IOException, InterruptedException {
        final String timeline = "http://127.0.0.1:" + port + "/api/shows/" + BenchArticles.BIG_SHOW + "/timeline";
        final String firstPage = timeline + "?limit=" + settings.pageSize();
        for (int i = 0; i < WARMUP_REQUESTS; i++) {
            get(firstPage);
        }
        final long[] first = new long[settings.requests()];
        final long[] deep = new long[settings.requests()];
        final long[] whole = new long[Math.max(20, settings.requests() / 20)];
        long pageBytes = 0;
        int entriesRead = 0;
        // Progress is counted after each timed read, outside the time measured.
        try (Progress progress = Progress.onStderr("Timed reads", first.length + deep.length + whole.length)) {
            for (int i = 0; i < first.length; i++) {
                final long start = System.nanoTime();
                pageBytes = get(firstPage).length();
                first[i] = System.nanoTime() - start;
                progress.advance();
            }
            final List<String> cursors = cursors(timeline);
            final Random random = new Random(SEED);
            for (int i = 0; i < deep.length; i++) {
                final String page = firstPage + "&after=" + cursors.get(random.nextInt(cursors.size()));
                final long start = System.nanoTime();
                get(page);
                deep[i] = System.nanoTime() - start;
                progress.advance();
            }
            for (int i = 0; i < whole.length; i++) {
                final long start = System.nanoTime();
                entriesRead = readWhole(timeline);
                whole[i] = System.nanoTime() - start;
                progress.advance();
            }
        }
        return new SinkBenchResult(settings, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), articles, seconds, articles / seconds, pageBytes, entriesRead,
                Latencies.ofNanos(first), Latencies.ofNanos(deep), Latencies.ofNanos(whole));
    }

    /** The cursor of every page of the big show's timeline, walked once. */
    private List<String> cursors(final String timeline) throws IOException, InterruptedException {
        final List<String> cursors = new ArrayList<>();
        String next = Json.MAPPER.readTree(get(timeline + "?limit=" + settings.pageSize())).path("next").asText(null);
        while (next != null) {
            cursors.add(next);
            next = Json.MAPPER.readTree(get(timeline + "?limit=" + settings.pageSize() + "&after=" + next))
                    .path("next").asText(null);
        }
        return cursors.isEmpty() ? List.of("") : cursors;
    }

    /** Reads the whole timeline in the largest pages the API gives; returns the entries read. */
    private int readWhole(final String timeline) throws IOException, InterruptedException {
        int entries = 0;
        String next = "";
        do {
            final String query = "?limit=" + SinkBenchSettings.MAX_PAGE + (next.isEmpty() ? "" : "&after=" + next);
            final var page = Json.MAPPER.readTree(get(timeline + query));
            entries += page.path("entries").size();
            next = page.path("next").isNull() ? "" : page.path("next").asText();
        } while (!next.isEmpty());
        return entries;
    }

    private String get(final String url) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
