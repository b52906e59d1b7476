package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.processor.match.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tagger for the catalog as it is now. Catalog updates only mark it stale; the next article starts a rebuild
 * from the catalog store (at most once per interval), so a burst of updates costs one rebuild and tagging uses a
 * change without a restart. Rebuilds run on the given executor while articles go on being tagged with the tagger
 * they replace: with a large catalog a build takes seconds, and building on the stream thread would stall tagging
 * and hold its transaction open for that long each time a discovery lands in the catalog.
 */
public final class LiveCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCatalog.class);

    private final AtomicLong changes = new AtomicLong();
    private final String rulesVersion;
    private final Duration minRebuildInterval;
    private final Clock clock;
    private final Executor rebuilds;
    private Tagger tagger;
    private long builtAtChange = -1;
    private Instant builtAt = Instant.MIN;
    private boolean rebuilding;

    /**
     * A live catalog that rebuilds on the calling thread, so a change is used by the very next article: for tests
     * and tools.
     *
     * @param rulesVersion names the tagging rules on every tagged article
     * @param minRebuildInterval the least time between two rebuilds
     * @param clock tells the time between rebuilds
     */
    public LiveCatalog(final String rulesVersion, final Duration minRebuildInterval, final Clock clock) {
        this(rulesVersion, minRebuildInterval, clock, Runnable::run);
    }

    /**
     * A live catalog.
     *
     * @param rulesVersion names the tagging rules on every tagged article
     * @param minRebuildInterval the least time between two rebuilds: discoveries can change the catalog many times a
     *                           second
     * @param clock tells the time between rebuilds
     * @param rebuilds runs rebuilds; the first tagger is always built by the first caller, who needs it
     */
    public LiveCatalog(final String rulesVersion, final Duration minRebuildInterval, final Clock clock,
                       final Executor rebuilds) {
        this.rulesVersion = rulesVersion;
        this.minRebuildInterval = minRebuildInterval;
        this.clock = clock;
        this.rebuilds = rebuilds;
    }

    /** Called for every catalog update. */
    public void changed() {
        changes.incrementAndGet();
    }

    public synchronized Tagger tagger(final ReadOnlyKeyValueStore<String, CatalogEntry> store) {
        final long current = changes.get();
        if (tagger == null) {
            install(build(entries(store)), current);
        } else if (!rebuilding && builtAtChange != current
                && !clock.instant().isBefore(builtAt.plus(minRebuildInterval))) {
            rebuilding = true;
            // The store is read here, on the stream thread that owns it; only the build moves elsewhere.
            final List<CatalogEntry> entries = entries(store);
            rebuilds.execute(() -> {
                try {
                    install(build(entries), current);
                } catch (final RuntimeException e) {
                    rebuildFailed(e);
                }
            });
        }
        return tagger;
    }

    private Tagger build(final List<CatalogEntry> entries) {
        return Tagger.of(rulesVersion, entries);
    }

    private synchronized void install(final Tagger built, final long atChange) {
        tagger = built;
        builtAtChange = atChange;
        builtAt = clock.instant();
        rebuilding = false;
    }

    /** Keeps tagging with the tagger there is, and lets the next article try again. */
    private synchronized void rebuildFailed(final RuntimeException e) {
        LOG.error("Rebuilding the tagger failed; tagging goes on with the previous catalog", e);
        builtAt = clock.instant();
        rebuilding = false;
    }

    private static List<CatalogEntry> entries(final ReadOnlyKeyValueStore<String, CatalogEntry> store) {
        final List<CatalogEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, CatalogEntry> all = store.all()) {
            all.forEachRemaining((KeyValue<String, CatalogEntry> entry) -> entries.add(entry.value));
        }
        return entries;
    }
}
