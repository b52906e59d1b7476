package io.newsreel.sink.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Opens a read-only view of one of the sink's key-value stores by name. */
@FunctionalInterface
public interface StoreAccess {

    <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name);

    /** The values of a whole store that pass {@code filter}, in key order: a full scan. */
    default <V> List<V> values(final String name, final Predicate<V> filter) {
        final List<V> found = new ArrayList<>();
        try (KeyValueIterator<String, V> all = this.<V>keyValueStore(name).all()) {
            all.forEachRemaining(entry -> {
                if (filter.test(entry.value)) {
                    found.add(entry.value);
                }
            });
        }
        return found;
    }
}
