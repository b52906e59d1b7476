package io.newsreel.processor.discover;

/**
 * The ASCII letters the discovery patterns spell names and words with ({@code [A-Z]}, {@code [a-z]}), for the hand
 * readings that stand in for those patterns.
 */
final class AsciiLetters {

    private AsciiLetters() {
    }

    static boolean isUpper(final char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(final char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isLetter(final char c) {
        return isUpper(c) || isLower(c);
    }

    /** The end of the run of lower-case letters starting at {@code from}: {@code from} itself when there is none. */
    static int lowerEnd(final String text, final int from) {
        int end = from;
        while (end < text.length() && isLower(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
