package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isDigit;
import static io.newsreel.processor.discover.AsciiChars.isLower;
import static io.newsreel.processor.discover.AsciiChars.isUpper;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Finds titles in quotes: an opening quote, a capital or digit, then up to {@link #LONGEST_TAIL} more characters
 * without a quote or a line break, then a closing quote not followed by a lower-case letter ("Joo's" is no title).
 * It finds exactly what {@link #PATTERN} finds with a {@code find()} loop, reading only from each opening quote on;
 * the regular expression tried its lazy repetition at every character of every quoted span, the largest cost of
 * show discovery. {@code QuotedTitlesTest} checks the two agree.
 */
final class QuotedTitles {

    private static final String OPENING_QUOTES = "\"\u201c\u2018'";
    /** The most characters a title has after its first. */
    static final int LONGEST_TAIL = 60;
    /** What this scanner finds, as a regular expression: the specification it is tested against. */
    static final String PATTERN = "[\"\u201c\u2018'](?<title>[A-Z0-9][^\"\u201d\u2019'\\n]{1," + LONGEST_TAIL
            + "}?)[\"\u201d\u2019'](?![a-z])";

    /**
     * A quoted title.
     *
     * @param start offset of the opening quote
     * @param titleStart offset of the title's first character
     * @param titleEnd offset of the closing quote, just past the title
     */
    record Quoted(int start, int titleStart, int titleEnd) {

        /** Offset just past the closing quote. */
        int end() {
            return titleEnd + 1;
        }
    }

    private QuotedTitles() {
    }

    /** Calls {@code action} with each quoted title in text order; a title's closing quote opens no other. */
    static void forEach(final String text, final Consumer<Quoted> action) {
        // Where each kind of opening quote next stands at or after the search; a quote is sought again only once
        // the search has passed it, so each kind is found by String.indexOf in one sweep of the text.
        final int[] next = new int[OPENING_QUOTES.length()];
        Arrays.fill(next, -1);
        int at = 0;
        while (true) {
            int open = Integer.MAX_VALUE;
            for (int kind = 0; kind < next.length; kind++) {
                if (next[kind] < at) {
                    final int found = text.indexOf(OPENING_QUOTES.charAt(kind), at);
                    next[kind] = found < 0 ? Integer.MAX_VALUE : found;
                }
                open = Math.min(open, next[kind]);
            }
            if (open >= text.length() - 2) {
                return;
            }
            final int close = closingQuote(text, open + 1);
            if (close >= 0) {
                action.accept(new Quoted(open, open + 1, close));
                at = close + 1;
            } else {
                at = open + 1;
            }
        }
    }

    /** The closing quote of a title starting at {@code first}, or -1 where no title starts. */
    private static int closingQuote(final String text, final int first) {
        if (!opensTitle(text.charAt(first))) {
            return -1;
        }
        final int limit = Math.min(text.length(), first + 1 + LONGEST_TAIL + 1);
        for (int at = first + 1; at < limit; at++) {
            final char c = text.charAt(at);
            if (c == '\n') {
                return -1;
            }
            if (closes(c)) {
                // A title holds no quote, so a title cut off here by a lower-case letter cannot go on past it.
                final boolean lowerCaseAfter = at + 1 < text.length() && isLower(text.charAt(at + 1));
                return at > first + 1 && !lowerCaseAfter ? at : -1;
            }
        }
        return -1;
    }

    private static boolean closes(final char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'';
    }

    private static boolean opensTitle(final char c) {
        return isUpper(c) || isDigit(c);
    }
}
