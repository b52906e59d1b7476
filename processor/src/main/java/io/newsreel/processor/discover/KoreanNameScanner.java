package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isDigit;
import static io.newsreel.processor.discover.AsciiChars.isLetter;
import static io.newsreel.processor.discover.AsciiChars.isLower;
import static io.newsreel.processor.discover.AsciiChars.isUpper;
import static io.newsreel.processor.discover.AsciiChars.lowerEnd;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what {@link KoreanNames#PATTERN} finds, in the same order, without a regular expression: a name starts at a
 * capital that no letter, digit, underscore or hyphen precedes, and its words are read whole, so there is nothing to
 * backtrack. The regular expression tries its long family-name alternation at
 * every capital; here a family name is one set lookup.
 */
final class KoreanNameScanner {

    private KoreanNameScanner() {
    }

    /**
     * Where a name is written.
     *
     * @param start offset of its first character
     * @param end offset just past its last
     */
    record Found(int start, int end) {
    }

    /**
     * Every name in {@code text}, left to right, none overlapping another, as a {@code find()} loop gives them.
     * Every name holds a given name with a hyphen ("Sae-rok"), so only the places around the hyphens String.indexOf
     * finds are read: where that given name starts, and the word before it, which may be the family name.
     */
    static List<Found> find(final String text) {
        final List<Found> found = new ArrayList<>();
        int searched = 0;
        for (int hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
            final int given = lowerStart(text, hyphen) - 1;
            if (given < 0 || !isUpper(text.charAt(given))) {
                continue;
            }
            final int family = given > 0 && text.charAt(given - 1) == ' ' ? lettersStart(text, given - 1) : given;
            if (family < given - 1) {
                searched = addNameAt(text, family, searched, found);
            }
            searched = addNameAt(text, given, searched, found);
        }
        return found;
    }

    /**
     * Adds the name starting at {@code start}, if one does and the text up to {@code searched} has not been read
     * into another; returns how far the text is read.
     */
    private static int addNameAt(final String text, final int start, final int searched, final List<Found> found) {
        final int end = start < searched ? -1 : nameAt(text, start);
        if (end < 0) {
            return searched;
        }
        found.add(new Found(start, end));
        return end;
    }

    /** Whether a name starts at {@code at}: one {@link #find} would give if nothing before it were a name. */
    static boolean startsName(final String text, final int at) {
        return nameAt(text, at) > 0;
    }

    /** Whether the whole of {@code text} is one name, as {@link KoreanNames#PATTERN} matches it. */
    static boolean isName(final String text) {
        return nameAt(text, 0) == text.length();
    }

    /**
     * The end of the name starting at {@code at}, or -1: a name starts at a capital that no letter, digit, underscore
     * or hyphen precedes.
     */
    private static int nameAt(final String text, final int at) {
        return at < text.length() && isUpper(text.charAt(at)) && (at == 0 || !isWordOrHyphen(text.charAt(at - 1)))
                ? nameEnd(text, at) : -1;
    }

    /** The end of the name starting at {@code start}, family name first or given name first, or -1. */
    private static int nameEnd(final String text, final int start) {
        final int familyEnd = lettersEnd(text, start);
        if (familyEnd < text.length() && text.charAt(familyEnd) == ' ') {
            // The given name is read first: most capitalized words before a space start no name.
            final int givenEnd = givenEnd(text, familyEnd + 1);
            if (givenEnd > 0 && endsName(text, givenEnd)
                    && KoreanNames.FAMILY_NAMES.contains(text.substring(start, familyEnd))) {
                return givenEnd;
            }
        }
        // A given name written first is one word up to a hyphen: with none where this word's letters stop, none is.
        if (familyEnd >= text.length() || text.charAt(familyEnd) != '-') {
            return -1;
        }
        final int givenEnd = givenEnd(text, start);
        if (givenEnd > 0 && givenEnd < text.length() && text.charAt(givenEnd) == ' ') {
            final int lastEnd = lettersEnd(text, givenEnd + 1);
            if (lastEnd > givenEnd + 1 && KoreanNames.FAMILY_NAMES.contains(text.substring(givenEnd + 1, lastEnd))
                    && endsName(text, lastEnd)) {
                return lastEnd;
            }
        }
        return -1;
    }

    /**
     * The end of a given name ({@code Sae-rok}: a capital, one to five lower-case letters, a hyphen, one to six
     * lower-case letters) starting at {@code start}, or -1. Each run of lower-case letters is read whole: the
     * pattern's runs are followed by what a letter is not.
     */
    private static int givenEnd(final String text, final int start) {
        if (start >= text.length() || !isUpper(text.charAt(start))) {
            return -1;
        }
        final int hyphen = lowerEnd(text, start + 1);
        final int first = hyphen - start - 1;
        if (first < 1 || first > KoreanNames.SYLLABLE_LONGEST - 1 || hyphen >= text.length()
                || text.charAt(hyphen) != '-') {
            return -1;
        }
        final int end = lowerEnd(text, hyphen + 1);
        final int second = end - hyphen - 1;
        return second >= 1 && second <= KoreanNames.SECOND_SYLLABLE_LONGEST ? end : -1;
    }

    /** Whether a name may end here: no letter, digit, underscore or hyphen follows. */
    private static boolean endsName(final String text, final int end) {
        return end == text.length() || !isWordOrHyphen(text.charAt(end));
    }

    private static int lettersEnd(final String text, final int from) {
        int end = from;
        while (end < text.length() && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the run of lower-case letters ending just before {@code end} starts. */
    private static int lowerStart(final String text, final int end) {
        int start = end;
        while (start > 0 && isLower(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Where the run of letters ending just before {@code end} starts. */
    private static int lettersStart(final String text, final int end) {
        int start = end;
        while (start > 0 && isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** {@code [\w-]} as the pattern reads it: ASCII letters, digits, underscore and hyphen. */
    private static boolean isWordOrHyphen(final char c) {
        return isLetter(c) || isDigit(c) || c == '_' || c == '-';
    }
}
