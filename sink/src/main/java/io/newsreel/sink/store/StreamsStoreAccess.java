package io.newsreel.sink.store;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The stores of a running Kafka Streams instance, through interactive queries: the partitions this instance is the
 * active owner of, nothing of other instances.
 */
public final class StreamsStoreAccess implements StoreAccess {

    private final Supplier<KafkaStreams> streams;

    public StreamsStoreAccess(final Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    @Override
    public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(final String name) {
        return streams.get().store(StoreQueryParameters.fromNameAndType(name,
                QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
