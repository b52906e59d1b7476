package io.newsreel.processor.trie;

import java.util.regex.Matcher;

/**
 * Searches for a pattern only where one of its matches can begin. {@code find()} tries the pattern at every position
 * of its region, and nearly every attempt fails; a pattern known to open with a word, a capital or a digit need be
 * tried only at those positions, and finds the same.
 */
public final class MatchStarts {

    /** Where a match of a pattern that opens with {@code \b} and a word character can begin. */
    public static final Opening WORD_START = (text, at) -> isWordChar(text.charAt(at)) && startsWord(text, at);

    private MatchStarts() {
    }

    /** Where a match may begin. */
    @FunctionalInterface
    public interface Opening {

        boolean at(String text, int index);
    }

    /**
     * What {@code matcher.find()} over {@code [from, to)} finds, for a pattern whose every match begins where
     * {@code opening} says: the first match starting at or after {@code from}, the matcher left on it; false when
     * there is none. Like {@code find()}, the next search should start where this match ended.
     */
    public static boolean find(final Matcher matcher, final String text, final int from, final int to,
                               final Opening opening) {
        for (int at = from; at < to; at++) {
            if (opening.at(text, at) && matcher.region(at, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \b} counts as a word character: a letter, a digit or an underscore. */
    public static boolean isWordChar(final char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether no word character precedes {@code at}, as {@code \b} before a word asks. */
    public static boolean startsWord(final String text, final int at) {
        return at == 0 || !isWordChar(text.charAt(at - 1));
    }
}
