package io.newsreel.sink.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsreel.sink.routing.InstancesUnavailable;
import io.newsreel.sink.topology.SinkTopology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * Gauges of how much this instance holds: timeline entries, shows, persons and articles in its partitions of the
 * stores. The figures are RocksDB's estimates, read at each scrape; while the stores are starting, rebalancing or
 * closed they are NaN, which Prometheus keeps apart from zero.
 */
public final class StoreSizeMetrics {

    private StoreSizeMetrics() {
    }

    public static void bind(final StoreAccess stores, final MeterRegistry registry) {
        gauge(registry, stores, "newsreel.sink.timeline.entries", SinkTopology.TIMELINE_STORE,
                "Timeline entries (articles, stories, release facts, episode days) held by this instance");
        gauge(registry, stores, "newsreel.sink.shows", SinkTopology.SHOW_STORE,
                "Shows with a timeline held by this instance");
        gauge(registry, stores, "newsreel.sink.persons", SinkTopology.PERSON_STORE,
                "Persons with articles held by this instance");
        gauge(registry, stores, "newsreel.sink.articles", SinkTopology.ARTICLE_STORE,
                "Tagged articles held by this instance");
    }

    private static void gauge(final MeterRegistry registry, final StoreAccess stores, final String name,
                              final String store, final String description) {
        Gauge.builder(name, stores, access -> estimate(access, store)).description(description)
                .strongReference(true).register(registry);
    }

    private static double estimate(final StoreAccess stores, final String store) {
        try {
            return stores.keyValueStore(store).approximateNumEntries();
        } catch (final InvalidStateStoreException | InstancesUnavailable e) {
            return Double.NaN;
        }
    }
}
