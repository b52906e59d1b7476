package io.newsreel.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsreel.app.console.FirstPollProgress;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.app.samples.SampleFeeds;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.kafka.embedded.EmbeddedKafkaBroker;
import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;
import io.newsreel.ops.Health;
import io.newsreel.ops.Meters;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one JVM: the embedded broker (unless an existing Kafka is named), the sample feeds, and the
 * ingest, processor and sink services, all recording in one meter registry that the sink serves on its port with
 * the health of all three. The sample feeds are subscribed on first start only, so a user's unsubscribing sticks.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final PipelineConfig config;
    private final PrometheusMeterRegistry meters = Meters.prometheus();
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;
    private volatile IngestService ingest;
    private SinkService sink;
    private FeedServer samples;
    private String bootstrapServers;

    public Pipeline(final PipelineConfig config) {
        this.config = config;
    }

    /**
     * Starts everything, in pipeline order so that nothing is polled before it can be tagged and shown; on failure,
     * stops what had started and rethrows. {@link #close()} may be called from another thread meanwhile (a shutdown
     * hook): start-up then stops at the next step.
     */
    public void start() {
        try {
            final Map<String, Object> kafka = new HashMap<>(config.kafka());
            bootstrapServers = namedOrEmbeddedKafka();
            kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            samples = started(FeedServer.start(config.samplesPort(), SampleFeeds.load()));
            subscribe(kafka, samples.urls());
            final Path stateDir = config.dataDir().resolve("state");
            final ProcessorService processor =
                    started(new ProcessorService(ProcessorConfig.defaults(kafka, stateDir), meters));
            processor.start();
            sink = started(new SinkService(SinkConfig.defaults(kafka, stateDir, config.httpPort()), Clock.systemUTC(),
                    meters, List.of(processor::health, this::ingestHealth)));
            sink.start();
            // The sample feeds are served on loopback, which ingest refuses unless told otherwise.
            ingest = started(new IngestService(IngestConfig.defaults(kafka)
                    .withDefaultPollInterval(config.pollInterval())
                    .withFetch(FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)), Clock.systemUTC(), meters));
            final Instant ingestStartedAt = Instant.now();
            ingest.start();
            FirstPollProgress.tryFollow(kafka, ingestStartedAt).ifPresent(this::started);
        } catch (final RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Ingest starts last, once articles can be tagged and shown. */
    private Health ingestHealth() {
        final IngestService current = ingest;
        return current == null ? Health.notReady("ingest: waiting for the processor and the sink") : current.health();
    }

    /** The Kafka the pipeline runs on, for other commands to reach; known once {@link #start()} returned. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    private String namedOrEmbeddedKafka() {
        if (config.bootstrapServers() != null) {
            return config.bootstrapServers();
        }
        return started(EmbeddedKafkaBroker.start(
                EmbeddedKafkaConfig.defaults(config.dataDir().resolve("kafka")).withPort(config.kafkaPort())))
                .bootstrapServers();
    }

    private synchronized <T extends AutoCloseable> T started(final T component) {
        started.push(component);
        if (closed) {
            throw new IllegalStateException("Stopped while starting");
        }
        return component;
    }

    /** Subscribes the samples when the subscriptions topic was never written, and requested feeds not yet known. */
    private void subscribe(final Map<String, Object> kafka, final List<String> sampleUrls) {
        try (Admin admin = Admin.create(kafka)) {
            new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS));
        }
        final Set<String> known = new HashSet<>();
        final AtomicInteger records = new AtomicInteger();
        try (CompactedTopicReader<FeedSubscription> reader =
                     new CompactedTopicReader<>(kafka, Topics.FEED_SUBSCRIPTIONS)) {
            reader.readToEnd((url, subscription) -> {
                records.incrementAndGet();
                if (subscription == null) {
                    known.remove(url);
                } else {
                    known.add(url);
                }
            });
        }
        final List<FeedSubscription> wanted = new ArrayList<>();
        config.feeds().forEach(url -> wanted.add(new FeedSubscription(url, null, config.pollInterval(), true,
                Instant.now())));
        if (records.get() == 0) {
            // The samples carry their whole text: there is no page to fetch behind them.
            sampleUrls.forEach(url -> wanted.add(new FeedSubscription(url, null, config.pollInterval(), true,
                    Instant.now(), false, null)));
        }
        wanted.removeIf(subscription -> known.contains(subscription.url()));
        try (SubscriptionWriter writer = new SubscriptionWriter(kafka)) {
            wanted.forEach(writer::subscribe);
        }
        LOG.info("{} feeds subscribed now, {} before", wanted.size(), known.size());
    }

    /** The server of the sample feeds. */
    FeedServer samples() {
        return samples;
    }

    /** The port the HTTP API listens on. */
    public int httpPort() {
        return sink.httpPort();
    }

    /** Stops everything, the last started first. */
    @Override
    public synchronized void close() {
        closed = true;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (final Exception e) {
                LOG.warn("Error while stopping: {}", e.toString());
            }
        }
    }
}
