package io.newsreel.processor.match;

import java.util.List;

/** Spans of text held as {@code {start, end}} pairs. */
final class Spans {

    private Spans() {
    }

    /** Whether any of the spans overlaps {@code [start, end)}: a plain loop, as it runs for every name found. */
    static boolean anyOverlaps(final List<int[]> spans, final int start, final int end) {
        for (final int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return true;
            }
        }
        return false;
    }
}
