package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.processor.match.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The tagger for the catalog as it is now. Catalog updates only mark it stale; the next article rebuilds the tagger
 * from the catalog store (at most once per interval), so a burst of updates costs one rebuild and tagging uses a
 * change without a restart.
 */
public final class LiveCatalog {

    private final AtomicLong changes = new AtomicLong();
    private final String rulesVersion;
    private final Duration minRebuildInterval;
    private final Clock clock;
    private Tagger tagger;
    private long builtAtChange = -1;
    private Instant builtAt = Instant.MIN;

    /**
     * A live catalog.
     *
     * @param rulesVersion names the tagging rules on every tagged article
     * @param minRebuildInterval the least time between two rebuilds: with a large catalog a rebuild takes a while,
     *                           and discoveries can change the catalog many times a second
     * @param clock tells the time between rebuilds
     */
    public LiveCatalog(final String rulesVersion, final Duration minRebuildInterval, final Clock clock) {
        this.rulesVersion = rulesVersion;
        this.minRebuildInterval = minRebuildInterval;
        this.clock = clock;
    }

    /** Called for every catalog update. */
    public void changed() {
        changes.incrementAndGet();
    }

    public synchronized Tagger tagger(final ReadOnlyKeyValueStore<String, CatalogEntry> store) {
        final long current = changes.get();
        final Instant now = clock.instant();
        if (tagger == null || builtAtChange != current && !now.isBefore(builtAt.plus(minRebuildInterval))) {
            final List<CatalogEntry> entries = entries(store);
            tagger = new Tagger(Catalog.of(entries), TaggerVersion.of(rulesVersion, entries));
            builtAtChange = current;
            builtAt = now;
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
