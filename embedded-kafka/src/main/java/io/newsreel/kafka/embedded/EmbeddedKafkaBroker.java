package io.newsreel.kafka.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka cluster (combined KRaft broker and controller) running inside this JVM.
 *
 * <p>The data directory is formatted on first start only; starting again on the same directory
 * brings back the same cluster id, topics and records. Transactions and exactly-once processing
 * work, since the internal topics are set up for a single replica.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.defaults(dir))) {
 *     String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final EmbeddedKafkaConfig config;
    private final KafkaRaftServer server;
    private final String clusterId;
    private boolean closed;

    private EmbeddedKafkaBroker(final EmbeddedKafkaConfig config, final KafkaRaftServer server,
                                final String clusterId) {
        this.config = config;
        this.server = server;
        this.clusterId = clusterId;
    }

    /**
     * Formats the data directory if it is new, starts the server and returns once a client can
     * talk to it.
     *
     * @throws EmbeddedKafkaException if any of these steps fails or the broker does not answer
     *                                within {@link EmbeddedKafkaConfig#startupTimeout()}
     */
    public static EmbeddedKafkaBroker start(final EmbeddedKafkaConfig requested) {
        final Instant startedAt = Instant.now();
        final Instant deadline = startedAt.plus(requested.startupTimeout());
        createDirectories(requested);
        final EmbeddedKafkaConfig config = FreePorts.assignTo(requested);
        final KafkaConfig kafkaConfig = kafkaConfigOf(config);
        StorageFormatter.formatIfNeeded(kafkaConfig, config.dataDir());

        final KafkaRaftServer server = startServer(kafkaConfig, config, deadline);
        final String bootstrapServers = bootstrapServersOf(config);
        try {
            final String clusterId = BrokerReadiness.awaitClusterId(bootstrapServers, remainingUntil(deadline));
            LOG.info("Embedded Kafka {} (cluster {}) ready in {} ms",
                    bootstrapServers, clusterId, Duration.between(startedAt, Instant.now()).toMillis());
            return new EmbeddedKafkaBroker(config, server, clusterId);
        } catch (RuntimeException e) {
            throw stopAfterFailure(server, e);
        }
    }

    /** {@code host:port} of the client listener, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServersOf(config);
    }

    /** The id written when the data directory was formatted; unchanged across restarts. */
    public String clusterId() {
        return clusterId;
    }

    /**
     * The configuration this broker runs with, with free ports replaced by the ports actually
     * used; pass it to {@link #start} again to restart on the same address and data.
     */
    public EmbeddedKafkaConfig config() {
        return config;
    }

    /**
     * Stops this broker, as {@link #close()} does, and starts it again on the same ports and data directory, so that
     * clients that were connected reconnect to the same address and find the same topics, offsets and transactions.
     * This instance stays closed; use the one returned.
     *
     * @throws EmbeddedKafkaException if the broker does not stop, or does not start again within the startup timeout
     */
    public EmbeddedKafkaBroker restart() {
        close();
        return start(config);
    }

    /** Shuts the broker and controller down and waits until they have stopped. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            throw new EmbeddedKafkaException("Could not shut down embedded Kafka at " + bootstrapServers(), e);
        }
        LOG.info("Embedded Kafka {} stopped", bootstrapServers());
    }

    private static void createDirectories(final EmbeddedKafkaConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new EmbeddedKafkaException("Could not create Kafka data directory " + config.dataDir(), e);
        }
    }

    private static KafkaConfig kafkaConfigOf(final EmbeddedKafkaConfig config) {
        try {
            return KafkaConfig.fromProps(BrokerProperties.of(config), false);
        } catch (RuntimeException e) {
            throw new EmbeddedKafkaException("Invalid Kafka broker configuration", e);
        }
    }

    private static KafkaRaftServer startServer(
            final KafkaConfig kafkaConfig, final EmbeddedKafkaConfig config, final Instant deadline) {
        final KafkaRaftServer server;
        try {
            server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        } catch (RuntimeException e) {
            throw new EmbeddedKafkaException("Could not create Kafka server on data directory " + config.dataDir(), e);
        }
        try {
            runWithDeadline(server::startup, deadline);
            return server;
        } catch (TimeoutException e) {
            throw stopAfterFailure(server, new EmbeddedKafkaException("Kafka at " + bootstrapServersOf(config)
                    + " did not finish starting within " + config.startupTimeout(), e));
        } catch (ExecutionException e) {
            throw stopAfterFailure(server,
                    new EmbeddedKafkaException("Could not start Kafka at " + bootstrapServersOf(config), e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopAfterFailure(server, new EmbeddedKafkaException("Interrupted while starting Kafka", e));
        }
    }

    /**
     * Kafka's startup blocks until the broker is registered and unfenced, with no bound of its own
     * that matches ours, so it runs on a separate thread that the caller waits for.
     */
    private static void runWithDeadline(final Runnable task, final Instant deadline)
            throws ExecutionException, TimeoutException, InterruptedException {
        final FutureTask<Void> future = new FutureTask<>(task, null);
        final Thread thread = new Thread(future, "embedded-kafka-startup");
        thread.setDaemon(true);
        thread.start();
        future.get(remainingUntil(deadline).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Releases ports and threads of a server that failed to start, keeping the original failure primary. */
    private static <E extends Exception> E stopAfterFailure(final KafkaRaftServer server, final E failure) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException shutdownFailure) {
            failure.addSuppressed(shutdownFailure);
        }
        return failure;
    }

    private static Duration remainingUntil(final Instant deadline) {
        final Duration remaining = Duration.between(Instant.now(), deadline);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static String bootstrapServersOf(final EmbeddedKafkaConfig config) {
        return config.host() + ":" + config.port();
    }
}
