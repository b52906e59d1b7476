package io.newsreel.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsreel.ops.Health;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What operators see of a Kafka Streams application: its client's metrics (threads, tasks, stores, consumers and
 * producers) in a meter registry, tagged with the service's name, and its state as {@link Health}.
 */
final class StreamsMonitor implements AutoCloseable {

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;

    private StreamsMonitor(final String name, final KafkaStreams streams, final KafkaStreamsMetrics metrics) {
        this.name = name;
        this.streams = streams;
        this.metrics = metrics;
    }

    static StreamsMonitor attach(final String name, final KafkaStreams streams, final MeterRegistry registry) {
        final KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams, Tags.of("service", name));
        metrics.bindTo(registry);
        return new StreamsMonitor(name, streams, metrics);
    }

    Health health() {
        return health(name, streams.state());
    }

    /**
     * Ready only while RUNNING; a rebalance is a wait, ERROR (every thread died, or a fatal error such as a missing
     * source topic) needs a restart, and a closing application is on its way out.
     */
    static Health health(final String name, final KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> Health.up();
            case CREATED, REBALANCING -> Health.notReady(name + ": Streams is " + state);
            case PENDING_ERROR, ERROR -> Health.down(name + ": Streams is in state " + state + " and needs a restart");
            case PENDING_SHUTDOWN, NOT_RUNNING -> Health.down(name + ": Streams is stopping (" + state + ")");
        };
    }

    @Override
    public void close() {
        metrics.close();
    }
}
