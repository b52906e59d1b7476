package io.newsreel.sink.api;

import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.timeline.ShowSummary;
import java.util.List;

/**
 * A show's timeline as the API returns it.
 *
 * @param show the show
 * @param entries its entries, oldest first
 */
public record TimelineResponse(ShowSummary show, List<TimelineEntry> entries) {
}
