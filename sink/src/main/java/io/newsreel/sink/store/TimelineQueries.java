package io.newsreel.sink.store;

import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.timeline.ShowSummary;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import io.newsreel.sink.topology.SinkTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads shows and timelines from the sink's stores. */
public final class TimelineQueries {

    private static final StringSerializer KEYS = new StringSerializer();

    private final StoreAccess stores;

    public TimelineQueries(final StoreAccess stores) {
        this.stores = stores;
    }

    /** Every show with a timeline, most recently updated first. */
    public List<ShowSummary> shows() {
        final ReadOnlyKeyValueStore<String, ShowSummary> shows = stores.keyValueStore(SinkTopology.SHOW_STORE);
        final List<ShowSummary> all = new ArrayList<>();
        try (KeyValueIterator<String, ShowSummary> iterator = shows.all()) {
            iterator.forEachRemaining(entry -> all.add(entry.value));
        }
        all.sort(Comparator.comparing(ShowSummary::lastUpdate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ShowSummary::id));
        return all;
    }

    public Optional<ShowSummary> show(final String showId) {
        return Optional.ofNullable(stores.<ShowSummary>keyValueStore(SinkTopology.SHOW_STORE).get(showId));
    }

    /** A show's timeline entries, oldest first. */
    public List<TimelineEntry> timeline(final String showId) {
        final ReadOnlyKeyValueStore<String, TimelineEntry> timeline =
                stores.keyValueStore(SinkTopology.TIMELINE_STORE);
        final List<TimelineEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEntry> range =
                     timeline.prefixScan(TimeOrderedKeys.prefix(showId), KEYS)) {
            range.forEachRemaining(entry -> entries.add(entry.value));
        }
        return entries;
    }
}
