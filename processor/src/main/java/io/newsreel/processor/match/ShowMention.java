package io.newsreel.processor.match;

import io.newsreel.contract.event.ShowEntry;
import java.util.List;

/**
 * One place an article names a catalog show.
 *
 * @param show the show
 * @param start offset in the article text
 * @param end end offset
 * @param surface the text as written
 * @param alias the normalized title or alias that matched
 */
public record ShowMention(ShowEntry show, int start, int end, String surface, String alias) {

    /** Whether any of the mentions overlaps {@code [start, end)}. */
    static boolean anyOverlaps(final List<ShowMention> mentions, final int start, final int end) {
        for (final ShowMention mention : mentions) {
            if (Spans.overlap(mention.start(), mention.end(), start, end)) {
                return true;
            }
        }
        return false;
    }
}
