package io.newsreel.processor.discover;

/**
 * The ASCII letters and digits the discovery patterns spell names, words and numbers with ({@code [A-Z]},
 * {@code [a-z]}, {@code [0-9]}), for the hand readings that stand in for those patterns.
 */
final class AsciiChars {

    private AsciiChars() {
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

    static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
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
