package io.newsreel.processor.trie;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches for a pattern only where one of its matches can begin. {@code find()} tries the pattern at every position
 * of its region, and nearly every attempt fails; a pattern known to open with a word, a capital or a digit need be
 * tried only at those positions, and finds the same.
 */
public final class MatchStarts {

    /** Where a match of a pattern that opens with {@code \b} and a word character can begin. */
    public static final Opening WORD_START = (text, at) -> isWordChar(text.charAt(at)) && startsWord(text, at);

    private static final int ASCII = 128;

    private MatchStarts() {
    }

    /** Where a match may begin. */
    @FunctionalInterface
    public interface Opening {

        boolean at(String text, int index);
    }

    /**
     * Where a match of {@code pattern}, which opens with {@code \b} and a word character, can begin: at a word start
     * whose first two characters can open a match. Most word starts of a window around a date or a count ("the",
     * "and", "on") cannot, and are passed over without running the pattern. The pattern itself tells which pairs of
     * ASCII characters can: a pair it refuses without reading past it ({@link Matcher#hitEnd()} false) opens no match
     * whatever follows. A pair with any other character is always tried. The pairs are asked after a space, so the
     * pattern must not open by looking back for something that has to be there.
     */
    public static Opening wordStartOf(final Pattern pattern) {
        final PairOpenings pairs = new PairOpenings(pattern);
        return (text, at) -> WORD_START.at(text, at) && (at + 1 == text.length()
                || pairs.open(text.charAt(at), text.charAt(at + 1)));
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

    /**
     * Which pairs of ASCII characters can open a match of one pattern, each asked of the pattern the first time an
     * article holds it: asking all of them up front took 13 ms a pattern.
     */
    private static final class PairOpenings {

        private static final byte UNASKED = 0;
        private static final byte OPENS = 1;
        private static final byte REFUSED = 2;

        private final Pattern pattern;
        /**
         * The answer for each pair. Threads share it unguarded: one that reads {@link #UNASKED} while another asks
         * asks too, and both write the same answer.
         */
        private final byte[] answers = new byte[ASCII * ASCII];

        PairOpenings(final Pattern pattern) {
            this.pattern = pattern;
        }

        boolean open(final char first, final char second) {
            if (first >= ASCII || second >= ASCII) {
                return true;
            }
            final int pair = first * ASCII + second;
            byte answer = answers[pair];
            if (answer == UNASKED) {
                answer = ask(first, second) ? OPENS : REFUSED;
                answers[pair] = answer;
            }
            return answer == OPENS;
        }

        private boolean ask(final char first, final char second) {
            final Matcher probe = pattern.matcher(" " + first + second).useTransparentBounds(true).region(1, 3);
            return probe.lookingAt() || probe.hitEnd();
        }
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
