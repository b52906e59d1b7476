package io.newsreel.sink.store;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The stores of a running Kafka Streams instance, through interactive queries. */
public final class StreamsStoreAccess implements StoreAccess {

    private final KafkaStreams streams;

    public StreamsStoreAccess(final KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(final String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name,
                QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
