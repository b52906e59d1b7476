package io.newsreel.kafka.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings for one {@link EmbeddedKafkaBroker}: where it keeps its data, where it listens and how
 * topics are created by default. A port of {@code 0} means "pick a free port when starting".
 *
 * <p>{@code overrides} are raw Kafka broker properties applied last, so they win over everything
 * this module derives from the other fields.
 *
 * @param dataDir           log and metadata directory; formatted on first start, reused afterwards
 * @param host              address the broker binds to and advertises
 * @param port              client listener port, {@code 0} for a free one
 * @param controllerPort    KRaft controller listener port, {@code 0} for a free one
 * @param defaultPartitions partition count for topics created without an explicit count
 * @param startupTimeout    how long {@link EmbeddedKafkaBroker#start} waits for the broker to serve requests
 * @param overrides         extra broker properties, applied after all derived ones
 */
public record EmbeddedKafkaConfig(
        Path dataDir,
        String host,
        int port,
        int controllerPort,
        int defaultPartitions,
        Duration startupTimeout,
        Map<String, String> overrides) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PARTITIONS = 3;
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    public EmbeddedKafkaConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        requireValidPort("port", port);
        requireValidPort("controllerPort", controllerPort);
        if (port != 0 && port == controllerPort) {
            throw new IllegalArgumentException("port and controllerPort must differ, both are " + port);
        }
        if (defaultPartitions < 1) {
            throw new IllegalArgumentException("defaultPartitions must be at least 1, was " + defaultPartitions);
        }
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, was " + startupTimeout);
        }
        overrides = Map.copyOf(overrides);
    }

    /** A broker on {@value #DEFAULT_HOST} with free ports, {@value #DEFAULT_PARTITIONS} partitions per topic. */
    public static EmbeddedKafkaConfig defaults(final Path dataDir) {
        return new EmbeddedKafkaConfig(
                dataDir, DEFAULT_HOST, 0, 0, DEFAULT_PARTITIONS, DEFAULT_STARTUP_TIMEOUT, Map.of());
    }

    public EmbeddedKafkaConfig withDataDir(final Path newDataDir) {
        return new EmbeddedKafkaConfig(
                newDataDir, host, port, controllerPort, defaultPartitions, startupTimeout, overrides);
    }

    public EmbeddedKafkaConfig withHost(final String newHost) {
        return new EmbeddedKafkaConfig(
                dataDir, newHost, port, controllerPort, defaultPartitions, startupTimeout, overrides);
    }

    public EmbeddedKafkaConfig withPort(final int newPort) {
        return new EmbeddedKafkaConfig(
                dataDir, host, newPort, controllerPort, defaultPartitions, startupTimeout, overrides);
    }

    public EmbeddedKafkaConfig withControllerPort(final int newControllerPort) {
        return new EmbeddedKafkaConfig(
                dataDir, host, port, newControllerPort, defaultPartitions, startupTimeout, overrides);
    }

    public EmbeddedKafkaConfig withDefaultPartitions(final int newDefaultPartitions) {
        return new EmbeddedKafkaConfig(
                dataDir, host, port, controllerPort, newDefaultPartitions, startupTimeout, overrides);
    }

    public EmbeddedKafkaConfig withStartupTimeout(final Duration newStartupTimeout) {
        return new EmbeddedKafkaConfig(
                dataDir, host, port, controllerPort, defaultPartitions, newStartupTimeout, overrides);
    }

    /** Adds or replaces one raw broker property, keeping the other overrides. */
    public EmbeddedKafkaConfig withOverride(final String key, final String value) {
        final Map<String, String> merged = new HashMap<>(overrides);
        merged.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return withOverrides(merged);
    }

    /** Replaces all raw broker property overrides. */
    public EmbeddedKafkaConfig withOverrides(final Map<String, String> newOverrides) {
        return new EmbeddedKafkaConfig(
                dataDir, host, port, controllerPort, defaultPartitions, startupTimeout, newOverrides);
    }

    private static void requireValidPort(final String name, final int value) {
        if (value < 0 || value > 65_535) {
            throw new IllegalArgumentException(name + " must be within 0..65535, was " + value);
        }
    }
}
