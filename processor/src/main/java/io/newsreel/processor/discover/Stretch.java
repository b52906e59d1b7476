package io.newsreel.processor.discover;

import java.util.function.IntPredicate;

/**
 * Where a match holding a given trigger can lie. The stretches of later triggers never start earlier, so that
 * overlapping stretches merge into one search.
 */
interface Stretch {

    /** Where a match holding the trigger at {@code at} can start, at the earliest. */
    int start(String text, int at);

    /** Where a match holding the trigger at {@code at} can end, at the latest (exclusive). */
    int end(String text, int at);

    /**
     * The run of characters of {@code alphabet} around the trigger, at most {@code charsBefore} characters before it
     * and {@code charsAfter} from it on: for a pattern whose matches are made only of those characters (lookarounds
     * aside) and are of bounded length on either side of the trigger.
     */
    static Stretch chars(final IntPredicate alphabet, final int charsBefore, final int charsAfter) {
        return new Stretch() {
            @Override
            public int start(final String text, final int at) {
                final int earliest = Math.max(0, at - charsBefore);
                int start = at;
                while (start > earliest && alphabet.test(text.charAt(start - 1))) {
                    start--;
                }
                return start;
            }

            @Override
            public int end(final String text, final int at) {
                final int latest = Math.min(text.length(), at + charsAfter);
                int end = at;
                while (end < latest && alphabet.test(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        };
    }

    /**
     * The run of characters of {@code alphabet} around the trigger, crossing at most {@code spacesBefore} spaces
     * before it and {@code spacesAfter} spaces from it on: for a pattern whose matches are made only of those
     * characters and hold a bounded number of words on either side of the trigger. The spaces of the trigger
     * itself count among those after it (" played by " is three).
     */
    static Stretch words(final IntPredicate alphabet, final int spacesBefore, final int spacesAfter) {
        return new Stretch() {
            @Override
            public int start(final String text, final int at) {
                int start = at;
                int spaces = 0;
                while (start > 0 && alphabet.test(text.charAt(start - 1))) {
                    if (text.charAt(start - 1) == ' ' && spaces++ == spacesBefore) {
                        break;
                    }
                    start--;
                }
                return start;
            }

            @Override
            public int end(final String text, final int at) {
                int end = at;
                int spaces = 0;
                while (end < text.length() && alphabet.test(text.charAt(end))) {
                    if (text.charAt(end) == ' ' && spaces++ == spacesAfter) {
                        break;
                    }
                    end++;
                }
                return end;
            }
        };
    }

    /** ASCII letters and the given other characters: the alphabet of most name patterns. */
    static IntPredicate lettersAnd(final String others) {
        return c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || others.indexOf(c) >= 0;
    }
}
