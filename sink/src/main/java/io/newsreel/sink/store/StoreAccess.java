package io.newsreel.sink.store;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Opens a read-only view of one of the sink's key-value stores by name. */
@FunctionalInterface
public interface StoreAccess {

    <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name);
}
