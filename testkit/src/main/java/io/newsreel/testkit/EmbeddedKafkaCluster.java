package io.newsreel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.newsreel.kafka.embedded.EmbeddedKafkaBroker;
import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;

/** The in-process broker, on a temporary data directory that disappears with it. */
final class EmbeddedKafkaCluster implements RunningKafkaCluster {

    private final Path dataDir;
    private final EmbeddedKafkaBroker broker;

    private EmbeddedKafkaCluster(final Path dataDir, final EmbeddedKafkaBroker broker) {
        this.dataDir = dataDir;
        this.broker = broker;
    }

    static EmbeddedKafkaCluster start() {
        final Path dataDir = createDataDir();
        try {
            return new EmbeddedKafkaCluster(dataDir, EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.defaults(dataDir)));
        } catch (RuntimeException e) {
            deleteRecursively(dataDir);
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            broker.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    @Override
    public String toString() {
        return "embedded Kafka at " + bootstrapServers();
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("newsreel-test-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a data directory for the embedded Kafka broker", e);
        }
    }

    private static void deleteRecursively(final Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            // Children sort after their parent, so reverse order deletes files before their directories.
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete embedded Kafka data directory " + dir, e);
        }
    }
}
