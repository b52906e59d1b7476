package io.newsreel.contract.topic;

import io.newsreel.contract.serde.JsonSerde;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A topic of the catalogue: its name, how it is kept, and the serdes of its keys and values. Every key is a string
 * and every value JSON, so any Kafka client can read every topic.
 *
 * @param <V> value type
 */
public final class Topic<V> {

    private static final Serde<String> KEY_SERDE = Serdes.String();

    private final String name;
    private final int partitions;
    private final CleanupPolicy cleanupPolicy;
    private final JsonSerde<V> valueSerde;

    private Topic(final String name, final int partitions, final CleanupPolicy cleanupPolicy,
                  final Class<V> valueType) {
        this.name = Objects.requireNonNull(name);
        this.partitions = partitions;
        this.cleanupPolicy = Objects.requireNonNull(cleanupPolicy);
        this.valueSerde = JsonSerde.of(valueType);
    }

    static <V> Topic<V> deleting(final String name, final int partitions, final Class<V> valueType) {
        return new Topic<>(name, partitions, CleanupPolicy.DELETE, valueType);
    }

    static <V> Topic<V> compacted(final String name, final int partitions, final Class<V> valueType) {
        return new Topic<>(name, partitions, CleanupPolicy.COMPACT, valueType);
    }

    public String name() {
        return name;
    }

    /** Partitions the topic is created with; services keyed by show or article scale out up to this count. */
    public int partitions() {
        return partitions;
    }

    public CleanupPolicy cleanupPolicy() {
        return cleanupPolicy;
    }

    public Serde<String> keySerde() {
        return KEY_SERDE;
    }

    public JsonSerde<V> valueSerde() {
        return valueSerde;
    }

    @Override
    public String toString() {
        return name;
    }
}
