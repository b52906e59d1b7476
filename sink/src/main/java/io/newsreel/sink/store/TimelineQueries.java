package io.newsreel.sink.store;

import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.timeline.ShowSummary;
import io.newsreel.sink.timeline.TimeOrderedKeys;
import io.newsreel.sink.topology.SinkTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads shows and their timelines from the sink's stores. Timelines are only ever read by range scans that stop at
 * a limit, so a long timeline costs what a page of it costs.
 */
public final class TimelineQueries {

    private final StoreAccess stores;

    public TimelineQueries(final StoreAccess stores) {
        this.stores = stores;
    }

    /** Every show this instance holds, in id order. */
    public List<ShowSummary> shows() {
        return stores.values(SinkTopology.SHOW_STORE, show -> true);
    }

    public Optional<ShowSummary> show(final String showId) {
        return Optional.ofNullable(stores.<ShowSummary>keyValueStore(SinkTopology.SHOW_STORE).get(showId));
    }

    /**
     * Up to {@code limit} entries of a range that pass {@code filter}, oldest first, and whether more follow; the
     * scan stops at the first matching entry past the limit.
     */
    public TimelinePage page(final TimelineRange range, final Predicate<TimelineEntry> filter, final int limit) {
        final List<TimelineEntry> entries = new ArrayList<>();
        String lastKey = null;
        try (KeyValueIterator<String, TimelineEntry> scan = timelineStore().range(range.lowKey(), range.highKey())) {
            while (scan.hasNext()) {
                final KeyValue<String, TimelineEntry> next = scan.next();
                if (!filter.test(next.value)) {
                    continue;
                }
                if (entries.size() == limit) {
                    return new TimelinePage(entries, lastKey, true);
                }
                entries.add(next.value);
                lastKey = next.key;
            }
        }
        return new TimelinePage(entries, lastKey, false);
    }

    /** Up to {@code limit} entries of a show that pass {@code filter}, newest first. */
    public List<TimelineEntry> newest(final String showId, final Predicate<TimelineEntry> filter, final int limit) {
        final List<TimelineEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEntry> scan = timelineStore()
                .reverseRange(TimeOrderedKeys.prefix(showId), TimeOrderedKeys.end(showId))) {
            while (scan.hasNext() && entries.size() < limit) {
                final TimelineEntry entry = scan.next().value;
                if (filter.test(entry)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private ReadOnlyKeyValueStore<String, TimelineEntry> timelineStore() {
        return stores.keyValueStore(SinkTopology.TIMELINE_STORE);
    }
}
