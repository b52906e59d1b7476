package io.newsreel.app.bench.pipeline;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import io.newsreel.kafka.embedded.EmbeddedKafkaBroker;
import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;
import io.newsreel.processor.catalog.CatalogWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The Kafka the benchmark runs on: an embedded broker in this JVM, or an external cluster. Every measured run starts
 * on fresh topics: the pipeline's topics (whose names the contract fixes) are deleted and created again with the
 * partition count asked for, together with whatever topics earlier runs of this process left (their Streams
 * applications' internal topics, the baseline's topic), all named with {@link #prefix()}.
 */
final class BenchKafka implements AutoCloseable {

    /** Ingest's own topics, which the benchmark leaves alone. */
    private static final List<Topic<?>> INGEST_TOPICS = List.of(Topics.FEED_SUBSCRIPTIONS, Topics.FEED_STATUS,
            Topics.ARTICLE_FINGERPRINTS, Topics.INGEST_ERRORS);

    /** The topics the processor and the sink read and write: every topic of the catalogue but ingest's. */
    static final List<Topic<?>> PIPELINE_TOPICS = Topics.ALL.stream()
            .filter(topic -> INGEST_TOPICS.stream().noneMatch(ingest -> ingest.name().equals(topic.name())))
            .toList();

    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);
    private static final long RETRY_MILLIS = 200;

    private final EmbeddedKafkaBroker broker;
    private final String bootstrapServers;
    private final double startSeconds;
    private final String prefix = "bench-pipeline-" + ProcessHandle.current().pid() + "-";

    private BenchKafka(final EmbeddedKafkaBroker broker, final String bootstrapServers, final double startSeconds) {
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
        this.startSeconds = startSeconds;
    }

    /** The embedded broker on {@code dataDir} when {@code bootstrapServers} is null, else that cluster. */
    static BenchKafka start(final String bootstrapServers, final Path dataDir) {
        if (bootstrapServers != null) {
            return new BenchKafka(null, bootstrapServers, 0);
        }
        final long start = System.nanoTime();
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.defaults(dataDir));
        return new BenchKafka(broker, broker.bootstrapServers(), (System.nanoTime() - start) / 1e9);
    }

    boolean embedded() {
        return broker != null;
    }

    /** Seconds the embedded broker took to start; 0 for an external one. */
    double startSeconds() {
        return startSeconds;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Map<String, Object> clientProperties() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    /** What names this process's own topics and Streams application ids. */
    String prefix() {
        return prefix;
    }

    /**
     * Deletes the pipeline's topics and this process's own, then creates the pipeline's topics again: the keyed
     * ones with {@code partitions} partitions, the catalog and the error topics with their usual one.
     */
    void resetTopics(final int partitions) {
        try (Admin admin = Admin.create(clientProperties())) {
            final Set<String> doomed = new HashSet<>();
            for (final String name : admin.listTopics().names().get()) {
                if (name.startsWith(prefix) || PIPELINE_TOPICS.stream().anyMatch(t -> t.name().equals(name))) {
                    doomed.add(name);
                }
            }
            delete(admin, doomed);
            for (final Topic<?> topic : PIPELINE_TOPICS) {
                create(admin, topic.name(), topic.partitions() > 1 ? partitions : topic.partitions(),
                        topic.cleanupPolicy().configValue());
            }
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot reset the pipeline's topics: " + e.getCause(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resetting the pipeline's topics", e);
        }
    }

    /** Creates a topic of this process's own (named with {@link #prefix()}), deleting one of that name first. */
    void createOwnTopic(final String name, final int partitions) {
        try (Admin admin = Admin.create(clientProperties())) {
            delete(admin, admin.listTopics().names().get().contains(name) ? Set.of(name) : Set.of());
            create(admin, name, partitions, TopicConfig.CLEANUP_POLICY_DELETE);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot create " + name + ": " + e.getCause(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + name, e);
        }
    }

    /** Deletes the topics named with {@link #prefix()}: internal topics of this process's runs, the baseline's. */
    void deleteOwnTopics() {
        try (Admin admin = Admin.create(clientProperties())) {
            final Set<String> own = new HashSet<>();
            for (final String name : admin.listTopics().names().get()) {
                if (name.startsWith(prefix)) {
                    own.add(name);
                }
            }
            delete(admin, own);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot delete the benchmark's topics: " + e.getCause(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while deleting the benchmark's topics", e);
        }
    }

    void writeCatalog(final List<? extends CatalogEntry> entries) {
        try (CatalogWriter writer = new CatalogWriter(clientProperties())) {
            writer.write(entries);
        }
    }

    /** Deletes the topics and waits until the cluster no longer lists them. */
    private static void delete(final Admin admin, final Set<String> names)
            throws ExecutionException, InterruptedException {
        if (names.isEmpty()) {
            return;
        }
        try {
            admin.deleteTopics(names).all().get();
        } catch (final ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
        }
        final long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
        while (admin.listTopics().names().get().stream().anyMatch(names::contains)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics still listed " + TOPIC_TIMEOUT + " after deleting them: "
                        + names);
            }
            TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
        }
    }

    /** Creates a topic; a deletion the broker has not finished yet is waited out. */
    private static void create(final Admin admin, final String name, final int partitions, final String cleanup)
            throws ExecutionException, InterruptedException {
        final NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanup));
        final long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
        while (true) {
            try {
                admin.createTopics(List.of(topic)).all().get();
                return;
            } catch (final ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
            }
        }
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }
}
