package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isDigit;
import static io.newsreel.processor.discover.AsciiChars.isLetter;

import java.util.Arrays;
import java.util.List;

/**
 * Where "Title Season 2" can be written: at "season", "series" or "part" (any case) followed by a space and a digit,
 * with at most {@link #MAX_TITLE_WORDS} words of title before it. Gates {@link ShowDiscovery}'s pattern, which would
 * otherwise try up to six words after every capitalized word of an article.
 */
final class SeasonGate implements Triggers, Stretch {

    /** The most words a title before "Season 2" can have; the pattern's {@code {1,6}} must agree. */
    static final int MAX_TITLE_WORDS = 6;
    /** The characters of a title word besides letters and digits, as in the pattern's {@code [\w'!?:&#.-]}. */
    private static final String TITLE_PUNCTUATION = "_'!?:&#.-";

    private static final List<String> WORDS = List.of("season", "series", "part");
    /** The longest word, a space and a two-digit number. */
    private static final int LONGEST_TAIL = "season".length() + 3;

    @Override
    public int[] in(final String text) {
        int[] found = new int[4];
        int count = 0;
        for (int digit = 2; digit < text.length(); digit++) {
            if (isDigit(text.charAt(digit)) && text.charAt(digit - 1) == ' ') {
                for (final String word : WORDS) {
                    final int start = digit - 1 - word.length();
                    if (start >= 0 && text.regionMatches(true, start, word, 0, word.length())) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = start;
                    }
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Back over at most {@link #MAX_TITLE_WORDS} words, each followed by one blank. */
    @Override
    public int start(final String text, final int at) {
        int start = at;
        for (int word = 0; word < MAX_TITLE_WORDS; word++) {
            if (start == 0 || !isBlank(text.charAt(start - 1))) {
                return start;
            }
            int wordStart = start - 1;
            while (wordStart > 0 && isTitleChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == start - 1) {
                return start;
            }
            start = wordStart;
        }
        return start;
    }

    @Override
    public int end(final String text, final int at) {
        return Math.min(text.length(), at + LONGEST_TAIL);
    }

    /** Java's {@code \s}. */
    private static boolean isBlank(final char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTitleChar(final char c) {
        return isLetter(c) || isDigit(c) || TITLE_PUNCTUATION.indexOf(c) >= 0;
    }
}
