package io.newsreel.sink.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsreel.contract.event.TimelineEntry;
import java.util.List;

/**
 * One page of a show's timeline as the API returns it.
 *
 * @param show the show
 * @param entries the page's entries, oldest first
 * @param next the cursor to pass as {@code after} for the next page; null on the last page
 */
public record TimelineResponse(ShowView show, List<TimelineEntry> entries,
                               @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
}
