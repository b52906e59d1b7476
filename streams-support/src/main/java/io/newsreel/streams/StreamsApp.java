package io.newsreel.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsreel.ops.Health;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams application: exactly-once, failed threads replaced rather than the client shut down, its
 * metrics and health watched, and a wait for it to reach RUNNING that ends only when it does or stops.
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STILL_STARTING_REPORT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final String name;
    private final StreamsMonitor monitor;
    private final CompletableFuture<Void> running = new CompletableFuture<>();

    private StreamsApp(final String name, final KafkaStreams streams, final StreamsMonitor monitor) {
        this.name = name;
        this.streams = streams;
        this.monitor = monitor;
    }

    /**
     * Properties every newsreel Streams application starts from; callers add their own on top.
     *
     * @param applicationId the Streams application id (also the consumer group and the internal topics' prefix)
     * @param kafka client properties, at least {@code bootstrap.servers}; any other client setting passes through
     */
    public static Properties baseProperties(final String applicationId, final Map<String, Object> kafka) {
        final Properties properties = new Properties();
        properties.putAll(kafka);
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // A member that died without leaving holds its partitions until its session expires: keep that short,
        // so a restarted or replacement instance resumes in seconds rather than after the default 45 s.
        properties.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        properties.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 2_000);
        return properties;
    }

    /**
     * Starts the topology, with its client's metrics in {@code registry} tagged with {@code name}; returns at once.
     */
    public static StreamsApp start(final String name, final Topology topology, final Properties properties,
                                   final MeterRegistry registry) {
        final KafkaStreams streams = new KafkaStreams(topology, properties);
        final StreamsApp app = new StreamsApp(name, streams, StreamsMonitor.attach(name, streams, registry));
        app.streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("{}: a stream thread failed; replacing it", name, exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        app.streams.setStateListener(app::onStateChange);
        app.streams.start();
        return app;
    }

    private void onStateChange(final KafkaStreams.State newState, final KafkaStreams.State oldState) {
        LOG.info("{}: {} -> {}", name, oldState, newState);
        if (newState == KafkaStreams.State.RUNNING) {
            running.complete(null);
        } else if (!newState.isRunningOrRebalancing()) {
            running.completeExceptionally(new IllegalStateException(name + " stopped in state " + newState));
        }
    }

    /**
     * Waits until the application processes records, however long restoring its state and joining its group take,
     * saying every half minute that it still waits; throws when the application stops instead. A deadline here would
     * turn a large restore into a process that exits, restarts and restores again without end.
     */
    public void awaitRunning() {
        awaitRunning(STILL_STARTING_REPORT);
    }

    void awaitRunning(final Duration reportEvery) {
        final long started = System.nanoTime();
        while (true) {
            try {
                running.get(reportEvery.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (final TimeoutException e) {
                LOG.info("{}: still starting after {} s, {}", name,
                        Duration.ofNanos(System.nanoTime() - started).toSeconds(), streams.state());
            } catch (final ExecutionException e) {
                throw (IllegalStateException) e.getCause();
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Ready only while it runs; not live once it has failed for good or stops. */
    public Health health() {
        return monitor.health();
    }

    /**
     * Stops processing and leaves the group, so that a restarted instance gets its partitions back at once instead
     * of after the old member's session times out.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        monitor.close();
    }
}
