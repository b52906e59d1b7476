package io.newsreel.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ops.Health;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.catalog.CatalogSeeder;
import io.newsreel.processor.catalog.LiveCatalog;
import io.newsreel.processor.topology.ProcessorTopology;
import io.newsreel.processor.topology.TaggingMetrics;
import io.newsreel.streams.ErrorRouting;
import io.newsreel.streams.StreamsApp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The processor service: provisions its topics, seeds an empty catalog, and runs the tagging topology, with its
 * Streams metrics and tagging metrics in the given registry.
 */
public final class ProcessorService implements AutoCloseable {

    /** Names the rules that tag; changes when tagging rules change, so consumers can tell a re-tag. */
    public static final String RULES_VERSION = "rules-1";

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
        }
        if (config.seedCatalog()) {
            CatalogSeeder.seedIfEmpty(config.kafka(), CatalogSeed::load);
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

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
        catalogRebuilds.shutdownNow();
    }
}
