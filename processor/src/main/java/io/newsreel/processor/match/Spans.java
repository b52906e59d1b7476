package io.newsreel.processor.match;

import java.util.List;

/** Spans of text: {@code [start, end)} offsets, alone or held as {@code {start, end}} pairs. */
final class Spans {

    private Spans() {
    }

    /** Whether any of the spans overlaps {@code [start, end)}: a plain loop, as it runs for every name found. */
    static boolean anyOverlaps(final List<int[]> spans, final int start, final int end) {
        for (final int[] span : spans) {
            if (overlap(span[0], span[1], start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [start, end)} and {@code [otherStart, otherEnd)} share a character. */
    static boolean overlap(final int start, final int end, final int otherStart, final int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
