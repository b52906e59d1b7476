package io.newsreel.sink.release;

import java.util.List;

/**
 * The slots one article's reports about one show are in, so that its next revision can take them out again.
 *
 * @param slotIds the slot ids, see {@link SlotIds}
 */
public record ArticleSlots(List<String> slotIds) {

    public ArticleSlots {
        slotIds = slotIds == null ? List.of() : List.copyOf(slotIds);
    }
}
