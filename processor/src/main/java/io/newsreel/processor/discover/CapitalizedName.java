package io.newsreel.processor.discover;

/**
 * Reads by hand the capitalized names the cast patterns look for ({@code CastPatterns.NAME}: one to three words
 * of an ASCII capital and letters or apostrophes, each maybe with a hyphenated lower-case syllable), so that where a
 * pattern can begin is known without running it.
 */
final class CapitalizedName {

    private CapitalizedName() {
    }

    /** Whether a name can start at {@code at}: a capital no letter, digit, underscore, apostrophe or hyphen precedes. */
    static boolean startsAt(final String text, final int at) {
        return at < text.length() && isCapital(text.charAt(at)) && (at == 0 || !joinsWord(text.charAt(at - 1)));
    }

    /** The end of the name word starting at {@code at} ("Sae-rok", "O'Brien"), or -1 when none starts there. */
    static int wordEnd(final String text, final int at) {
        if (at >= text.length() || !isCapital(text.charAt(at))) {
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
            end += 2;
            while (end < text.length() && isLower(text.charAt(end))) {
                end++;
            }
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
        return at < text.length() && isCapital(text.charAt(at));
    }

    private static boolean isCapital(final char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(final char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLetter(final char c) {
        return isCapital(c) || isLower(c);
    }

    /** {@code [\w'-]}: what may not stand right before a name. */
    private static boolean joinsWord(final char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '\'' || c == '-';
    }
}
