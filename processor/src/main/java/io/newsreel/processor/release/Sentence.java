package io.newsreel.processor.release;

import java.util.List;

/**
 * One sentence that holds at least one trigger word, with the cues found in it.
 *
 * @param text the whole article
 * @param lower the whole article lower-cased character by character (same offsets)
 * @param start offset of the sentence's first character, leading blanks skipped
 * @param end offset just past the sentence, trailing blanks dropped
 * @param hits the cues inside the sentence, in text order
 * @param hasDigit whether the sentence holds a digit, so numeric date patterns can be skipped when it does not
 * @param matchers the article's reusable matchers
 * @param kinds one bit per {@link CueKind} present, so that asking costs nothing
 */
record Sentence(String text, String lower, int start, int end, List<CueHit> hits, boolean hasDigit,
                Matchers matchers, long kinds) {

    static Sentence of(final String text, final String lower, final int from, final int to,
                       final List<CueHit> hits, final Matchers matchers) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        boolean digit = false;
        for (int i = start; i < end && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        long kinds = 0;
        for (final CueHit hit : hits) {
            kinds |= 1L << hit.kind().ordinal();
        }
        return new Sentence(text, lower, start, end, List.copyOf(hits), digit, matchers, kinds);
    }

    String content() {
        return text.substring(start, end);
    }

    boolean has(final CueKind kind) {
        return (kinds & 1L << kind.ordinal()) != 0;
    }

    /** The first offset from {@code from} on that holds no blank, or {@link #end()}. */
    int afterBlanks(final int from) {
        int next = from;
        while (next < end && Character.isWhitespace(lower.charAt(next))) {
            next++;
        }
        return next;
    }
}
