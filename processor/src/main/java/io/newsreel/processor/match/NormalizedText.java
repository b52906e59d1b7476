package io.newsreel.processor.match;

/**
 * Text in the form matching works on, with the way back to the original: {@code origin[i]} is the index in the
 * original text of normalized character {@code i}.
 *
 * @param text normalized text
 * @param origin original index of each normalized character; it may run on past the text (the builders hand over
 *               their working array rather than copy a trimmed one), and what lies beyond means nothing
 */
public record NormalizedText(String text, int[] origin) {

    /** The original span that normalized characters {@code [start, end)} came from. */
    public int originalStart(final int start) {
        return origin[start];
    }

    /** The original index just past normalized character {@code end - 1}. */
    public int originalEnd(final int end) {
        return origin[end - 1] + 1;
    }
}
