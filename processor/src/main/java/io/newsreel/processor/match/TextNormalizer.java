package io.newsreel.processor.match;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalizes text for matching: diacritics removed, lower case, and every run of anything that is not a letter or a
 * digit (spaces, punctuation, hyphens, straight or curly quotes) made one space. "Kuem Sae-Rok’s" and
 * "kuem sae rok s" are then the same.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(final String original) {
        final StringBuilder text = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 8];
        for (int i = 0; i < original.length(); i++) {
            final char c = original.charAt(i);
            final String folded = fold(c);
            for (int j = 0; j < folded.length(); j++) {
                final char out = folded.charAt(j);
                if (Character.isLetterOrDigit(out)) {
                    origin = append(text, origin, Character.toLowerCase(out), i);
                } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    origin = append(text, origin, ' ', i);
                }
            }
        }
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) == ' ') {
            length--;
        }
        return new NormalizedText(text.substring(0, length), Arrays.copyOf(origin, length));
    }

    /** Normalized text alone, for aliases and queries. */
    public static String normalizeText(final String original) {
        return normalize(original).text();
    }

    private static String fold(final char c) {
        if (c < 0x80) {
            return String.valueOf(c);
        }
        return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
    }

    private static int[] append(final StringBuilder text, final int[] origin, final char c, final int originalIndex) {
        final int[] target = text.length() < origin.length ? origin : Arrays.copyOf(origin, origin.length * 2);
        target[text.length()] = originalIndex;
        text.append(c);
        return target;
    }
}
