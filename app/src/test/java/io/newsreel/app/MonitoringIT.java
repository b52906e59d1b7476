package io.newsreel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.ops.AdminServer;
import io.newsreel.ops.AdministeredService;
import io.newsreel.ops.Health;
import io.newsreel.ops.Monitoring;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TestNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metrics and health on a real broker: of the three services, each with its own registry as in its own process
 * (readiness waits for Streams, and after articles flow every service's {@code /metrics} shows them), and of
 * {@code run}, which serves all three on its HTTP port.
 */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(240)
class MonitoringIT {

    /** About a show no other test counts the articles of, with ids no other test uses. */
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Monitor Desk</title><link>https://monitor-desk.example/</link>
              <item>
                <title>Squid Game returns with a second season</title>
                <link>https://monitor-desk.example/squid-2</link>
                <guid isPermaLink="false">monitoring-it-1</guid>
                <pubDate>Fri, 27 Sep 2024 17:00:00 +0900</pubDate>
                <description>Lee Jung-jae and Wi Ha-joon return in Squid Game.</description>
              </item>
              <item>
                <title>Behind the scenes of Squid Game</title>
                <link>https://monitor-desk.example/squid-set</link>
                <guid isPermaLink="false">monitoring-it-2</guid>
                <pubDate>Sat, 28 Sep 2024 09:00:00 +0900</pubDate>
                <description>Lee Jung-jae talks about the set of Squid Game.</description>
              </item>
            </channel></rss>""";

    private final HttpClient http = HttpClient.newHttpClient();
    /** A feed subscribed on the shared cluster, whose server is gone after the test: later tests must not poll it. */
    private Subscribed subscribed;

    @AfterEach
    void unsubscribe() {
        if (subscribed != null) {
            try (SubscriptionWriter subscriptions = new SubscriptionWriter(subscribed.clients())) {
                subscriptions.unsubscribe(subscribed.url());
            }
        }
    }

    private record Subscribed(Map<String, Object> clients, String url) {
    }

    @Test
    void shouldAnswerReadinessWith503UntilTheProcessorsStreamsRun(final KafkaCluster kafka,
                                                                  @TempDir final Path stateDir) throws Exception {
        // Given
        final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (ProcessorService processor = new ProcessorService(processorConfig(kafka, stateDir), meters);
             AdminServer admin = AdminServer.start(0, new Monitoring(meters, processor::health))) {
            final HttpResponse<String> starting = get(admin.port(), "/health/ready");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("processor: creating topics and starting Streams");
            assertThat(get(admin.port(), "/health/live").statusCode()).isEqualTo(200);

            // When
            processor.start();

            // Then
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(get(admin.port(), "/health/ready").statusCode()).isEqualTo(200));
        }
    }

    @Test
    void shouldShowEveryServicesWorkInItsMetricsOnceArticlesFlow(final KafkaCluster kafka,
                                                                 @TempDir final Path stateDir) throws Exception {
        // Given
        final Map<String, Object> clients = kafka.clientProperties();
        final PrometheusMeterRegistry ingestMeters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final PrometheusMeterRegistry processorMeters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final PrometheusMeterRegistry sinkMeters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final ProcessorService processor = new ProcessorService(processorConfig(kafka, stateDir.resolve("p")),
                processorMeters);
        final IngestService ingest = new IngestService(IngestConfig.defaults(clients)
                .withFetch(FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)), Clock.systemUTC(), ingestMeters);
        try (FeedServer feeds = FeedServer.start(0, Map.of("monitor.xml", FEED.getBytes(StandardCharsets.UTF_8)));
             AdministeredService processorService = new AdministeredService(processor::start, processor, 0,
                     new Monitoring(processorMeters, processor::health));
             SinkService sink = new SinkService(new SinkConfig(clients, TestNames.unique("monitoring-sink"),
                     stateDir.resolve("s"), "127.0.0.1", 0, "127.0.0.1"), Clock.systemUTC(), sinkMeters, List.of());
             AdministeredService ingestService = new AdministeredService(ingest::start, ingest, 0,
                     new Monitoring(ingestMeters, ingest::health))) {
            assertThat(ingest.health()).isEqualTo(Health.notReady("ingest: creating topics and restoring feed state"));
            assertThat(sink.health().ready()).isFalse();
            processorService.start();
            sink.start();
            ingestService.start();

            // When
            try (SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
                subscriptions.subscribe(new FeedSubscription(feeds.url("monitor.xml"), null, Duration.ofMinutes(5),
                        true, Instant.now(), false, null));
            }
            subscribed = new Subscribed(clients, feeds.url("monitor.xml"));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    assertThat(get(sink.httpPort(), "/api/shows/squid-game/timeline?kind=ARTICLE").body())
                            .contains("Squid Game returns with a second season",
                                    "Behind the scenes of Squid Game"));

            // Then
            final String ingestMetrics = get(ingestService.adminPort(), "/metrics").body();
            assertThat(value(ingestMetrics, "newsreel_ingest_polls_total{outcome=\"fetched\"}")).isPositive();
            assertThat(value(ingestMetrics, "newsreel_ingest_articles_published_total")).isGreaterThanOrEqualTo(2);
            assertThat(value(ingestMetrics, "newsreel_ingest_fetch_duration_seconds_count")).isPositive();

            final String processorMetrics = get(processorService.adminPort(), "/metrics").body();
            assertThat(value(processorMetrics, "newsreel_processor_articles_tagged_total")).isGreaterThanOrEqualTo(2);
            assertThat(value(processorMetrics, "newsreel_processor_tags_total{kind=\"show\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(processorMetrics, "newsreel_processor_tags_total{kind=\"person\"}")).isPositive();
            assertThat(value(processorMetrics, "newsreel_processor_tagging_duration_seconds_count"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(processorMetrics).containsPattern("kafka_stream_thread_\\w+\\{[^}]*service=\"processor\"");

            final String sinkMetrics = get(sink.httpPort(), "/metrics").body();
            assertThat(value(sinkMetrics, "newsreel_sink_timeline_entries")).isPositive();
            assertThat(value(sinkMetrics, "newsreel_sink_shows")).isPositive();
            assertThat(sinkMetrics).containsPattern("http_server_requests_seconds_count\\{[^}]*"
                    + "uri=\"/api/shows/\\{id}/timeline\"");
            assertThat(sinkMetrics).containsPattern("kafka_stream_thread_\\w+\\{[^}]*service=\"sink\"");
            assertThat(get(sink.httpPort(), "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(ingestService.adminPort(), "/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldServeTheWholePipelinesMetricsAndHealthOnTheHttpPortInRun(@TempDir final Path dataDir)
            throws Exception {
        // Given: its own embedded broker, so that the sample feeds it subscribes reach no other test
        try (Pipeline pipeline = new Pipeline(new PipelineConfig(dataDir, null, 0, 0, 0, List.of(),
                Duration.ofMinutes(5), Map.of()))) {

            // When
            pipeline.start();

            // Then
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(get(pipeline.httpPort(), "/health/ready").statusCode()).isEqualTo(200));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    value(get(pipeline.httpPort(), "/metrics").body(), "newsreel_processor_articles_tagged_total"))
                    .isPositive());
            final String metrics = get(pipeline.httpPort(), "/metrics").body();
            assertThat(value(metrics, "newsreel_ingest_articles_published_total")).isPositive();
            assertThat(metrics).containsPattern("kafka_stream_alive_stream_threads\\{[^}]*service=\"processor\"")
                    .containsPattern("kafka_stream_alive_stream_threads\\{[^}]*service=\"sink\"")
                    .contains("jvm_memory_used_bytes");
        }
    }

    private static ProcessorConfig processorConfig(final KafkaCluster kafka, final Path stateDir) {
        return new ProcessorConfig(kafka.clientProperties(), TestNames.unique("monitoring-processor"), stateDir,
                true);
    }

    /** The value of one sample in the Prometheus text format, labels written out in the order Micrometer uses. */
    private static double value(final String scrape, final String sample) {
        final Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        assertThat(line.find()).as("%s in%n%s", sample, scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private HttpResponse<String> get(final int port, final String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
