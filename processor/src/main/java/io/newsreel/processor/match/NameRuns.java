package io.newsreel.processor.match;

import java.util.Arrays;

/**
 * The words of an article that can belong to a name, in the order written. Names are written capitalized, so a word
 * that starts lower case after a space ("the", "said") is left out; each run of the other words is kept whole, and
 * runs are set apart by {@link #GAP}, a word no name holds, so that nothing matches across a left-out word. Most of
 * an article is lower-case words: persons and characters are looked for only in what is left.
 */
final class NameRuns {

    /** Stands between two runs: no name key holds it, so no match crosses it. */
    static final String GAP = "|";
    /** Runs are first given room for one character in this many of the article's. */
    private static final int EXPECTED_SHARE = 4;

    private char[] text;
    private int[] origin;
    private int length;

    private NameRuns(final int capacity) {
        this.text = new char[capacity];
        this.origin = new int[capacity];
    }

    /** The runs of a normalized text, each character with its index in the original. */
    static NormalizedText of(final String original, final NormalizedText normalized) {
        final String words = normalized.text();
        // Most of an article is lower-case words, left out: its runs are about a fifth of it, and grow when longer.
        final NameRuns runs = new NameRuns(words.length() / EXPECTED_SHARE + 1);
        boolean inRun = false;
        for (int start = 0; start < words.length(); ) {
            final int space = words.indexOf(' ', start);
            final int end = space < 0 ? words.length() : space;
            if (startsLowerCaseWord(original, normalized.originalStart(start))) {
                inRun = false;
            } else {
                if (runs.length > 0) {
                    runs.separate(inRun, normalized.originalStart(start));
                }
                runs.copy(normalized, start, end);
                inRun = true;
            }
            start = end + 1;
        }
        return runs.toNormalizedText();
    }

    /** Whether a lower-case word starts here, which no name written capitalized holds. */
    private static boolean startsLowerCaseWord(final String original, final int at) {
        final char c = original.charAt(at);
        final boolean lowerCase = c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLetter(c) && Character.isLowerCase(c);
        return lowerCase && (at == 0 || original.charAt(at - 1) == ' ' || original.charAt(at - 1) == '\n');
    }

    private void separate(final boolean sameRun, final int originalIndex) {
        append(' ', originalIndex);
        if (!sameRun) {
            append(GAP.charAt(0), originalIndex);
            append(' ', originalIndex);
        }
    }

    /** One word: a few characters, which a plain loop copies faster than the bulk copies, made for long runs. */
    private void copy(final NormalizedText normalized, final int start, final int end) {
        makeRoom(end - start);
        final String words = normalized.text();
        final int[] origins = normalized.origin();
        for (int i = start; i < end; i++) {
            text[length] = words.charAt(i);
            origin[length++] = origins[i];
        }
    }

    private void append(final char c, final int originalIndex) {
        makeRoom(1);
        text[length] = c;
        origin[length++] = originalIndex;
    }

    private void makeRoom(final int more) {
        if (length + more > text.length) {
            final int capacity = Math.max(length + more, text.length * 2);
            text = Arrays.copyOf(text, capacity);
            origin = Arrays.copyOf(origin, capacity);
        }
    }

    private NormalizedText toNormalizedText() {
        return new NormalizedText(new String(text, 0, length), origin);
    }
}
