package io.newsreel.sink.store;

import io.newsreel.contract.event.TimelineEntry;
import java.util.List;

/**
 * One page of a range scan over a timeline.
 *
 * @param entries the entries, oldest first
 * @param lastKey the store key of the last entry, where the next page resumes; null when the page is empty
 * @param more whether entries that match follow in the range
 */
public record TimelinePage(List<TimelineEntry> entries, String lastKey, boolean more) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
