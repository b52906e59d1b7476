package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isDigit;
import static io.newsreel.processor.discover.AsciiChars.isLetter;
import static io.newsreel.processor.discover.AsciiChars.isLower;
import static io.newsreel.processor.discover.AsciiChars.isUpper;
import static io.newsreel.processor.discover.AsciiChars.lowerEnd;

/**
 * Reads by hand the capitalized names the cast patterns look for ({@code CastPatterns.NAME}: one to three words
 * of an ASCII capital and letters or apostrophes, each maybe with a hyphenated lower-case syllable), so that where a
 * pattern can begin is known without running it.
 */
final class CapitalizedName {

    private CapitalizedName() {
    }

    /** Whether a name can start at {@code at}: a capital after no letter, digit, underscore, apostrophe or hyphen. */
    static boolean startsAt(final String text, final int at) {
        return at < text.length() && isUpper(text.charAt(at)) && (at == 0 || !joinsWord(text.charAt(at - 1)));
    }

    /** The end of the name word starting at {@code at} ("Sae-rok", "O'Brien"), or -1 when none starts there. */
    static int wordEnd(final String text, final int at) {
        if (at >= text.length() || !isUpper(text.charAt(at))) {
            return -1;
        }
        int end = at + 1;
        while (end < text.length() && (isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        if (end == at + 1) {
            return -1;
        }
        if (end + 1 < text.length() && text.charAt(end) == '-' && isLower(text.charAt(end + 1))) {
            end = lowerEnd(text, end + 2);
        }
        return end;
    }

    /**
     * Whether a capital, or "the" and a capital, stands at {@code at}: how a name follows a casting verb ("plays Kim
     * Ji-won", "plays the Han Ji-min of the series").
     */
    static boolean capitalMaybeAfterThe(final String text, final int at) {
        return capitalAt(text, at) || text.startsWith("the ", at) && capitalAt(text, at + "the ".length());
    }

    private static boolean capitalAt(final String text, final int at) {
        return at < text.length() && isUpper(text.charAt(at));
    }

    /** {@code [\w'-]}: what may not stand right before a name. */
    private static boolean joinsWord(final char c) {
        return isLetter(c) || isDigit(c) || c == '_' || c == '\'' || c == '-';
    }
}
