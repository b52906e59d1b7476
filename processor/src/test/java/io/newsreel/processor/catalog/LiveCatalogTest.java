package io.newsreel.processor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.processor.match.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

class LiveCatalogTest {

    private final Map<String, CatalogEntry> entries = new TreeMap<>();
    private final Queue<Runnable> rebuilds = new ArrayDeque<>();
    private final LiveCatalog catalog = new LiveCatalog("rules-1", Duration.ZERO, Clock.systemUTC(), rebuilds::add);

    @Test
    void shouldBuildTheFirstTaggerAtOnceAndLaterOnesInTheBackground() {
        CatalogSeed.load().forEach(entry -> entries.put(entry.key(), entry));
        final Tagger first = catalog.tagger(new MapStore(entries));
        assertThat(rebuilds).isEmpty();

        final PersonEntry added = new PersonEntry("new-actor", "Yoon Seo-ah", List.of("Sienna Yoon"),
                List.of("actor"), Map.of(), false);
        entries.put(added.key(), added);
        catalog.changed();

        assertThat(catalog.tagger(new MapStore(entries))).isSameAs(first);
        assertThat(catalog.tagger(new MapStore(entries))).isSameAs(first);
        assertThat(rebuilds).hasSize(1);

        rebuilds.remove().run();

        final Tagger rebuilt = catalog.tagger(new MapStore(entries));
        assertThat(rebuilt).isNotSameAs(first);
        assertThat(rebuilds).isEmpty();
    }

    /** A read-only store over a sorted map, as the catalog's global store is sorted by key. */
    private record MapStore(Map<String, CatalogEntry> map) implements ReadOnlyKeyValueStore<String, CatalogEntry> {

        @Override
        public CatalogEntry get(final String key) {
            return map.get(key);
        }

        @Override
        public KeyValueIterator<String, CatalogEntry> range(final String from, final String to) {
            throw new UnsupportedOperationException("not used by the live catalog");
        }

        @Override
        public KeyValueIterator<String, CatalogEntry> all() {
            final Iterator<Map.Entry<String, CatalogEntry>> iterator = map.entrySet().iterator();
            return new KeyValueIterator<>() {
                @Override
                public void close() {
                }

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException("not used by the live catalog");
                }

                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public KeyValue<String, CatalogEntry> next() {
                    if (!iterator.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    final Map.Entry<String, CatalogEntry> next = iterator.next();
                    return KeyValue.pair(next.getKey(), next.getValue());
                }
            };
        }

        @Override
        public long approximateNumEntries() {
            return map.size();
        }
    }
}
