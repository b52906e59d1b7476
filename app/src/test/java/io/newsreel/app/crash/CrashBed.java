package io.newsreel.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.kafka.embedded.EmbeddedKafkaBroker;
import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;
import io.newsreel.testkit.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a crash test runs on: an embedded KRaft broker of its own (the services use fixed application ids and
 * topic names, so they cannot share the test JVM's cluster), the feeds, the three services as separate processes
 * with their own state directories and a fixed HTTP port, and a watcher of what they commit. Service logs go to
 * {@code target/crash/<test>/}.
 */
final class CrashBed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrashBed.class);
    /** Log lines that say a service has started: ingest restored its state, a Streams application runs. */
    private static final Map<String, String> STARTED = Map.of("ingest", "Ingest started",
            "processor", "processor: REBALANCING -> RUNNING", "sink", "sink: REBALANCING -> RUNNING");
    /**
     * Short, so that news flows quickly, but not shorter than ten feeds take to poll two at a time (ingest's limit
     * per host; all the feeds are on 127.0.0.1) on a busy machine, so that every feed gets its turn.
     */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private static final int LOG_LINES_ON_EXIT = 60;

    private final Path dir;
    private final Map<String, String> ingestKafka;
    private final List<CrashArticles.Planted> articles;
    private final GrowingFeeds feeds;
    private final int httpPort;
    private final TimelineApi api;
    private EmbeddedKafkaBroker broker;
    private ServiceProcess ingest;
    private ServiceProcess processor;
    private ServiceProcess sink;
    private TopicWatcher watcher;

    private CrashBed(final Path dir, final List<CrashArticles.Planted> articles, final int feedCount,
                     final Map<String, String> ingestKafka) {
        this.dir = dir;
        this.ingestKafka = ingestKafka;
        this.articles = articles;
        this.feeds = new GrowingFeeds(articles, feedCount);
        this.httpPort = Ports.free();
        this.api = new TimelineApi(httpPort);
    }

    /**
     * Starts the broker and the three services, waits until each has started, and subscribes the feeds.
     *
     * @param ingestKafka Kafka client settings for ingest ({@code --kafka KEY=VALUE})
     */
    static CrashBed start(final Path dir, final String testName, final List<CrashArticles.Planted> articles,
                          final int feedCount, final Map<String, String> ingestKafka) {
        final CrashBed bed = new CrashBed(dir, articles, feedCount, ingestKafka);
        try {
            bed.startAll(Path.of("target", "crash", testName));
            return bed;
        } catch (final RuntimeException e) {
            bed.close();
            throw e;
        }
    }

    private void startAll(final Path logs) {
        broker = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.defaults(dir.resolve("kafka")));
        try (Admin admin = Admin.create(kafka())) {
            new TopicProvisioner(admin).ensure(Topics.ALL);
        }
        watcher = new TopicWatcher(kafka());
        createDirectories(logs);
        final String bootstrap = broker.bootstrapServers();
        final List<String> ingestArguments = new ArrayList<>(List.of("--allow-private-addresses"));
        ingestKafka.forEach((key, value) -> ingestArguments.addAll(List.of("--kafka", key + "=" + value)));
        ingest = new ServiceProcess("ingest", arguments("ingest", bootstrap, ingestArguments.toArray(String[]::new)),
                fresh(logs.resolve("ingest.log")));
        processor = new ServiceProcess("processor", arguments("processor", bootstrap,
                "--state-dir", dir.resolve("processor-state").toString()), fresh(logs.resolve("processor.log")));
        sink = new ServiceProcess("sink", arguments("sink", bootstrap, "--state-dir",
                dir.resolve("sink-state").toString(), "--http-port", Integer.toString(httpPort)),
                fresh(logs.resolve("sink.log")));
        services().forEach(ServiceProcess::start);
        services().forEach(this::awaitStarted);
        try (SubscriptionWriter subscriptions = new SubscriptionWriter(kafka())) {
            feeds.urls().forEach(url -> subscriptions.subscribe(new FeedSubscription(url, null, POLL_INTERVAL,
                    true, Instant.now(), false, null)));
        }
    }

    /**
     * The command's arguments, with a free admin port of its own for ingest and the processor, so that the services
     * (and anything else on the machine) never compete for a default port. The port stays the same across restarts.
     */
    private static List<String> arguments(final String command, final String bootstrap, final String... more) {
        final List<String> arguments = new ArrayList<>(List.of("--bootstrap-servers", bootstrap));
        arguments.addAll(List.of(more));
        if (!command.equals("sink")) {
            arguments.addAll(List.of("--admin-port", Integer.toString(Ports.free())));
        }
        return arguments;
    }

    /** Waits until the service's current process has logged that it started. */
    private void awaitStarted(final ServiceProcess service) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .failFast(() -> assertAlive("a service exited while starting", List.of(service)))
                .until(() -> service.startedWith(STARTED.get(service.name())));
    }

    List<ServiceProcess> services() {
        return List.of(ingest, processor, sink);
    }

    /**
     * Fails unless every service process is alive, as they all are expected to be once started but for a kill,
     * naming each one that is down with its exit code and the end of its log: the log files stay behind on the
     * machine that ran the test, the message reaches the build's output.
     */
    void assertAllAlive() {
        assertAlive("a service exited", services());
    }

    private static void assertAlive(final String failure, final List<ServiceProcess> services) {
        final List<String> down = services.stream().filter(service -> !service.isAlive())
                .map(service -> service.exitReport(LOG_LINES_ON_EXIT)).toList();
        if (!down.isEmpty()) {
            throw new AssertionError(failure + ":\n" + String.join("\n", down));
        }
    }

    ServiceProcess ingest() {
        return ingest;
    }

    ServiceProcess processor() {
        return processor;
    }

    ServiceProcess sink() {
        return sink;
    }

    Map<String, Object> kafka() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    }

    GrowingFeeds feeds() {
        return feeds;
    }

    TopicWatcher watcher() {
        return watcher;
    }

    List<CrashArticles.Planted> articles() {
        return articles;
    }

    TimelineApi api() {
        return api;
    }

    /** Stops the broker and starts it again on the same ports and data directory. */
    void restartBroker() {
        broker = broker.restart();
    }

    EmbeddedKafkaBroker broker() {
        return broker;
    }

    /** What reached the timelines topic and raw-articles so far. */
    Delivery delivery() {
        return Delivery.of(articles, watcher.timelineEntries(), watcher.rawArticles());
    }

    /**
     * The exactly-once check that ends a test: waits until every planted article is on its show's timeline and on
     * raw-articles and every press conference has its release entry, failing if a service exits meanwhile; then until
     * the HTTP API serves all of it too. Fails on anything there more than once, in either.
     *
     * @param committedWithin how long the services may take to commit everything
     * @param servedWithin how long the sink may then take to serve it
     */
    Delivered awaitEveryArticleOnce(final Duration committedWithin, final Duration servedWithin) {
        await().atMost(committedWithin).pollInterval(Duration.ofSeconds(2))
                .failFast(this::assertAllAlive)
                .conditionEvaluationListener(condition -> LOG.info(progress()))
                .untilAsserted(() -> {
                    final Delivery delivery = delivery();
                    assertThat(delivery.complete()).as(delivery.sample() + "; " + watcher).isTrue();
                });
        final Delivery committed = delivery();
        assertThat(committed.duplicated()).as("duplicates on timelines and raw-articles").isEmpty();
        final Delivery served = await().atMost(servedWithin).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> Delivery.of(articles, api().entries(CrashArticles.SHOWS), watcher.rawArticles()),
                        Delivery::complete);
        assertThat(served.duplicated()).as("duplicates in the HTTP API's timelines").isEmpty();
        return new Delivered(committed, served);
    }

    /**
     * What {@link #awaitEveryArticleOnce} found, for a test's summary.
     *
     * @param committed on the timelines topic and raw-articles
     * @param served by the HTTP API
     */
    record Delivered(Delivery committed, Delivery served) {

        int duplicates() {
            return committed.duplicates() + served.duplicates();
        }

        int losses() {
            return committed.lost().size() + served.lost().size();
        }
    }

    /** How far the flow has come, for the test log. */
    String progress() {
        final Delivery delivery = delivery();
        return "published " + feeds.released() + "/" + articles.size() + ", still missing " + delivery.lost().size()
                + " (timelines, raw-articles, release sources), duplicated " + delivery.duplicates() + "; " + watcher;
    }

    @Override
    public void close() {
        feeds.close();
        for (final ServiceProcess service : new ServiceProcess[] {ingest, processor, sink}) {
            if (service != null) {
                service.close();
            }
        }
        if (watcher != null) {
            watcher.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static Path fresh(final Path log) {
        try {
            Files.deleteIfExists(log);
            return log;
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot delete " + log, e);
        }
    }

    private static void createDirectories(final Path path) {
        try {
            Files.createDirectories(path);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create " + path, e);
        }
    }
}
