package io.newsreel.processor.trie;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches for a pattern only where one of its matches can begin. {@code find()} tries the pattern at every position
 * of its region, and nearly every attempt fails; a pattern known to open with a word, a capital or a digit need be
 * tried only at those positions, and finds the same.
 */
public final class MatchStarts {

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
     * whose first three characters can open a match. Most word starts of a window around a date or a count ("the",
     * "on", "this") cannot, and are passed over without running the pattern. The pattern itself tells which runs of
     * ASCII characters can: a run it refuses without reading past it ({@link Matcher#hitEnd()} false) opens no match
     * whatever follows. A run with any other character is always tried. The runs are asked after a space, so the
     * pattern must not open by looking back for something that has to be there.
     */
    public static Opening wordStartOf(final Pattern pattern) {
        final Openings openings = new Openings(pattern);
        return (text, at) -> isWordChar(text.charAt(at)) && startsWord(text, at) && openings.open(text, at);
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
     * Which runs of two and three ASCII characters can open a match of one pattern, each asked of the pattern the
     * first time an article holds it: asking all of them up front took 13 ms a pattern for the pairs alone. Three
     * characters tell far more than two: "th" may open "three", "the" opens no count.
     */
    private static final class Openings {

        private static final byte UNASKED = 0;
        private static final byte OPENS = 1;
        private static final byte REFUSED = 2;

        private final Pattern pattern;
        /**
         * The answer for each pair, and for each pair that opens, the answers for its third characters. Threads share
         * them unguarded: one that reads {@link #UNASKED} or no table while another asks asks too, and both write the
         * same answer.
         */
        private final byte[] pairs = new byte[ASCII * ASCII];
        private final byte[][] thirds = new byte[ASCII * ASCII][];

        Openings(final Pattern pattern) {
            this.pattern = pattern;
        }

        boolean open(final String text, final int at) {
            if (at + 1 == text.length()) {
                return true;
            }
            final char first = text.charAt(at);
            final char second = text.charAt(at + 1);
            if (first >= ASCII || second >= ASCII) {
                return true;
            }
            final int pair = first * ASCII + second;
            if (answer(pairs, pair, text, at, 2) == REFUSED) {
                return false;
            }
            if (at + 2 == text.length() || text.charAt(at + 2) >= ASCII) {
                return true;
            }
            final char third = text.charAt(at + 2);
            byte[] answers = thirds[pair];
            if (answers == null) {
                answers = new byte[ASCII];
                thirds[pair] = answers;
            }
            return answer(answers, third, text, at, 3) == OPENS;
        }

        /** The answer for the {@code length} characters at {@code text[at]}, kept at {@code answers[index]}. */
        private byte answer(final byte[] answers, final int index, final String text, final int at,
                            final int length) {
            byte answer = answers[index];
            if (answer == UNASKED) {
                answer = opensAfterSpace(text.substring(at, at + length)) ? OPENS : REFUSED;
                answers[index] = answer;
            }
            return answer;
        }

        /** Whether a match can begin at {@code opening} when a space precedes it, whatever follows. */
        private boolean opensAfterSpace(final String opening) {
            final Matcher matcher = pattern.matcher(" " + opening).useTransparentBounds(true)
                    .region(1, opening.length() + 1);
            return matcher.lookingAt() || matcher.hitEnd();
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
