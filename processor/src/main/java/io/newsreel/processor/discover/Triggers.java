package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.lowerEnd;

import io.newsreel.processor.trie.MatchStarts;
import java.util.Arrays;
import java.util.List;

/** Finds the places in a text that every match of a pattern holds: a cheap scan that tells where to run it. */
@FunctionalInterface
interface Triggers {

    /** The offsets of the triggers in {@code text}, ascending. */
    int[] in(String text);

    /** Each occurrence of any of the words, as written. */
    static Triggers words(final String... words) {
        return words(false, (text, after) -> true, words);
    }

    /** Each occurrence of any of the words where no letter, digit or underscore precedes it, as {@code \b} asks. */
    static Triggers wordStarts(final String... words) {
        return words(true, (text, after) -> true, words);
    }

    /** Each occurrence of any of the words at a word start, as {@link #wordStarts}, that {@code follower} accepts. */
    static Triggers wordStartsBefore(final Follower follower, final String... words) {
        return words(true, follower, words);
    }

    /** Each occurrence of any of the words right before a capital letter: for a pattern that has a name there. */
    static Triggers wordsBeforeCapital(final String... words) {
        return words(false, Triggers::capitalAt, words);
    }

    /**
     * Each occurrence of any of the words right before a capital letter or before "the" and a capital letter: for a
     * pattern that names someone there ("plays Kim Ji-won", "plays the Han Ji-min of the series").
     */
    static Triggers wordsBeforeName(final String... words) {
        return words(false, CapitalizedName::capitalMaybeAfterThe, words);
    }

    /**
     * Each occurrence of any of the words before a Korean-style name, with at most {@code lowerCaseWords} lower-case
     * words between ("'s Jin Yang-chul", "'s scheming chaebol Jin Yang-chul"): for a pattern that has one there.
     */
    static Triggers wordsBeforeKoreanName(final int lowerCaseWords, final String... words) {
        return words(false, (text, after) -> {
            int at = after;
            for (int skipped = 0; !KoreanNameScanner.startsName(text, at); skipped++) {
                final int wordEnd = lowerEnd(text, at);
                if (skipped == lowerCaseWords || wordEnd == at || wordEnd == text.length()
                        || text.charAt(wordEnd) != ' ') {
                    return false;
                }
                at = wordEnd + 1;
            }
            return true;
        }, words);
    }

    private static boolean capitalAt(final String text, final int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    /** What a trigger word must be followed by to count. */
    @FunctionalInterface
    interface Follower {

        boolean precedes(String text, int after);
    }

    private static Triggers words(final boolean atWordStart, final Follower follower, final String... words) {
        final List<String> literals = List.of(words);
        // String.indexOf tells a literal's first character apart first, and a sixth of a text is spaces: a literal
        // that opens with one is sought without it (" (as " as "(as "), then checked for it.
        final List<String> sought = literals.stream().map(word -> word.startsWith(" ") ? word.substring(1) : word)
                .toList();
        return text -> {
            int[] found = new int[8];
            int count = 0;
            for (int i = 0; i < literals.size(); i++) {
                final String literal = sought.get(i);
                final int lead = literals.get(i).length() - literal.length();
                for (int at = text.indexOf(literal, lead); at >= 0; at = text.indexOf(literal, at + 1)) {
                    final int start = at - lead;
                    final int after = at + literal.length();
                    final boolean whole = lead == 0 || text.charAt(start) == ' ';
                    if (whole && (!atWordStart || MatchStarts.startsWord(text, start))
                            && follower.precedes(text, after)) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = start;
                    }
                }
            }
            final int[] ascending = Arrays.copyOf(found, count);
            if (literals.size() > 1) {
                Arrays.sort(ascending);
            }
            return ascending;
        };
    }
}
