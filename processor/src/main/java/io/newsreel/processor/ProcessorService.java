package io.newsreel.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ops.Health;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.catalog.CatalogWriter;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.processor.topology.ProcessorTopology;
import io.newsreel.processor.topology.TaggingMetrics;
import io.newsreel.streams.ErrorRouting;
import io.newsreel.streams.StreamsApp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor service: provisions its topics, seeds an empty catalog, and runs the tagging topology, with its
 * Streams metrics and tagging metrics in the given registry.
 */
public final class ProcessorService implements AutoCloseable {

    /** Names the rules that tag; changes when tagging rules change, so consumers can tell a re-tag. */
    public static final String RULES_VERSION = "rules-1";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);
    /** A catalog change reaches tagging within this long plus one build, however many changes arrive. */
    private static final Duration CATALOG_REBUILD_INTERVAL = Duration.ofSeconds(2);

    private final ProcessorConfig config;
    private final MeterRegistry registry;
    private final ExecutorService catalogRebuilds = Executors.newSingleThreadExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "catalog-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile StreamsApp app;

    public ProcessorService(final ProcessorConfig config) {
        this(config, new SimpleMeterRegistry());
    }

    public ProcessorService(final ProcessorConfig config, final MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    public void start() {
        try (Admin admin = Admin.create(config.kafka())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.RAW_ARTICLES, Topics.CATALOG, Topics.TAGGED_ARTICLES,
                    Topics.SHOW_TAGS, Topics.PERSON_TAGS, Topics.RELEASE_EVENTS, Topics.STORIES,
                    Topics.PROCESSOR_ERRORS));
            if (config.seedCatalog() && isEmpty(admin, Topics.CATALOG.name())) {
                seedCatalog();
            }
        }
        final Properties properties = StreamsApp.baseProperties(config.applicationId(), config.kafka());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        ErrorRouting.configure(properties, "processor", Topics.PROCESSOR_ERRORS);
        app = StreamsApp.start("processor",
                ProcessorTopology.build(new LiveCatalog(RULES_VERSION, CATALOG_REBUILD_INTERVAL, Clock.systemUTC(),
                        catalogRebuilds), new TaggingMetrics(registry), properties), properties, registry);
        app.awaitRunning();
    }

    /** Not ready until its topics exist and Streams runs; not live once Streams has failed for good. */
    public Health health() {
        final StreamsApp current = app;
        return current == null ? Health.notReady("processor: creating topics and starting Streams")
                : current.health();
    }

    private void seedCatalog() {
        final List<CatalogEntry> entries = CatalogSeed.load();
        try (CatalogWriter writer = new CatalogWriter(config.kafka())) {
            writer.write(entries);
        }
        LOG.info("Seeded the empty catalog with {} entries", entries.size());
    }

    private static boolean isEmpty(final Admin admin, final String topic) {
        try {
            final int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().size();
            final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get();
            return ends.values().stream().allMatch(end -> end.offset() == 0);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot read the end of " + topic + ": " + e.getCause(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the end of " + topic, e);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
        catalogRebuilds.shutdownNow();
    }
}
