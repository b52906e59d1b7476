package io.newsreel.sink.routing;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The local Kafka Streams instance and the address it advertises. Streams starts after the HTTP API, because it has
 * to advertise the port the API got; until then every query is unavailable rather than failing.
 */
public final class StartedStreams {

    private volatile Started started;

    /** Called once, after {@link KafkaStreams#start()}. */
    public void started(final KafkaStreams streams, final HostInfo address) {
        started = new Started(streams, new Instance(address.host(), address.port()));
    }

    public KafkaStreams streams() {
        return current().streams();
    }

    /** This instance, as the others know it. */
    public Instance self() {
        return current().self();
    }

    private Started current() {
        final Started current = started;
        if (current == null) {
            throw new InstancesUnavailable("The sink is starting");
        }
        return current;
    }

    private record Started(KafkaStreams streams, Instance self) {
    }
}
