package io.newsreel.processor.match;

import io.newsreel.contract.event.PersonEntry;
import java.util.List;

/**
 * One place an article names a catalog person, before ambiguous names are resolved.
 *
 * @param candidates the persons the written name may stand for: one, unless two people share a name
 * @param start offset in the article text
 * @param end end offset
 * @param surface the text as written
 * @param form whether the whole name or only part of it was written
 */
public record PersonMention(List<PersonEntry> candidates, int start, int end, String surface, Form form) {

    /** How much of a name a mention gives. */
    public enum Form { FULL, PARTIAL }

    public PersonMention {
        candidates = List.copyOf(candidates);
    }

    /** Whether any of the mentions overlaps {@code [start, end)}. */
    static boolean anyOverlaps(final List<PersonMention> mentions, final int start, final int end) {
        for (final PersonMention mention : mentions) {
            if (Spans.overlap(mention.start(), mention.end(), start, end)) {
                return true;
            }
        }
        return false;
    }
}
