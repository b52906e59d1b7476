package io.newsreel.sink.release;

import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseSource;

/**
 * One article's report of a release event.
 *
 * @param event the fact as the article states it
 * @param source the article
 */
public record SlotReport(ReleaseEvent event, ReleaseSource source) {
}
