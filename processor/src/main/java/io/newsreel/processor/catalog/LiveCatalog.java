package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.processor.match.Tagger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The tagger for the catalog as it is now. Catalog updates only mark it stale; the next article rebuilds the tagger
 * from the catalog store, so a burst of updates costs one rebuild and tagging uses a change without a restart.
 */
public final class LiveCatalog {

    private final AtomicLong changes = new AtomicLong();
    private final String rulesVersion;
    private Tagger tagger;
    private long builtAtChange = -1;

    public LiveCatalog(final String rulesVersion) {
        this.rulesVersion = rulesVersion;
    }

    /** Called for every catalog update. */
    public void changed() {
        changes.incrementAndGet();
    }

    public synchronized Tagger tagger(final ReadOnlyKeyValueStore<String, CatalogEntry> store) {
        final long current = changes.get();
        if (tagger == null || builtAtChange != current) {
            tagger = new Tagger(Catalog.of(entries(store)), rulesVersion);
            builtAtChange = current;
        }
        return tagger;
    }

    private static List<CatalogEntry> entries(final ReadOnlyKeyValueStore<String, CatalogEntry> store) {
        final List<CatalogEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, CatalogEntry> all = store.all()) {
            all.forEachRemaining((KeyValue<String, CatalogEntry> entry) -> entries.add(entry.value));
        }
        return entries;
    }
}
