package io.newsreel.processor.match;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Normalizes text for matching: diacritics removed, lower case, and every run of anything that is not a letter or a
 * digit (spaces, punctuation, hyphens, straight or curly quotes) made one space. "Kuem Sae-Rok’s" and
 * "kuem sae rok s" are then the same.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /**
     * Beyond ASCII, articles mostly use Latin letters with diacritics, curly quotes and dashes (below U+2500): their
     * folded forms are computed once rather than for every occurrence.
     */
    private static final int COMMON_END = 0x2500;
    private static final String[] COMMON_FOLDED = foldCommon();
    /** Each ASCII character lower-cased if it is a letter or digit, else {@link #SEPARATOR}. */
    private static final char[] ASCII_FOLDED = foldAscii();
    private static final char SEPARATOR = ' ';

    private TextNormalizer() {
    }

    public static NormalizedText normalize(final String original) {
        final Output out = new Output(original.length(), true);
        normalizeInto(original, out);
        return out.toNormalizedText();
    }

    /** Normalized text alone, for aliases, names and queries. */
    public static String normalizeText(final String original) {
        final Output out = new Output(original.length(), false);
        normalizeInto(original, out);
        return out.text();
    }

    private static void normalizeInto(final String original, final Output out) {
        int i = 0;
        while (i < original.length()) {
            i = out.addAscii(original, i);
            if (i < original.length()) {
                final String folded = fold(original.charAt(i));
                for (int j = 0; j < folded.length(); j++) {
                    out.add(folded.charAt(j), i);
                }
                i++;
            }
        }
    }

    private static String fold(final char c) {
        return c < COMMON_END ? COMMON_FOLDED[c - 0x80] : foldNow(c);
    }

    private static String foldNow(final char c) {
        return MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)).replaceAll("");
    }

    private static char[] foldAscii() {
        final char[] folded = new char[0x80];
        for (char c = 0; c < folded.length; c++) {
            folded[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : SEPARATOR;
        }
        return folded;
    }

    private static String[] foldCommon() {
        final String[] folded = new String[COMMON_END - 0x80];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = foldNow((char) (0x80 + i));
        }
        return folded;
    }

    /** The normalized characters written so far, each with the original index it came from if asked. */
    private static final class Output {

        private char[] text;
        private int[] origin;
        private int length;

        Output(final int expected, final boolean withOrigin) {
            text = new char[expected + 8];
            origin = withOrigin ? new int[expected + 8] : null;
        }

        /**
         * The ASCII characters from {@code from} on, up to the first beyond ASCII, which is returned. They are almost
         * all of an article and each gives at most one character, so room is made once for all of them.
         */
        int addAscii(final String original, final int from) {
            makeRoom(original.length() - from);
            final char[] chars = text;
            final int[] origins = origin;
            int kept = length;
            char last = kept > 0 ? chars[kept - 1] : SEPARATOR;
            int i = from;
            for (; i < original.length(); i++) {
                final char c = original.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                final char folded = ASCII_FOLDED[c];
                if (folded != SEPARATOR || last != SEPARATOR) {
                    if (origins != null) {
                        origins[kept] = i;
                    }
                    chars[kept++] = folded;
                    last = folded;
                }
            }
            length = kept;
            return i;
        }

        /** A letter or digit is kept lower-cased; anything else becomes one space, never leading or doubled. */
        void add(final char c, final int originalIndex) {
            final char folded = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : SEPARATOR;
            if (folded != SEPARATOR || length > 0 && text[length - 1] != SEPARATOR) {
                makeRoom(1);
                append(folded, originalIndex);
            }
        }

        private void makeRoom(final int more) {
            if (length + more > text.length) {
                final int capacity = Math.max(length + more, text.length * 2);
                text = Arrays.copyOf(text, capacity);
                if (origin != null) {
                    origin = Arrays.copyOf(origin, capacity);
                }
            }
        }

        private void append(final char c, final int originalIndex) {
            if (origin != null) {
                origin[length] = originalIndex;
            }
            text[length++] = c;
        }

        String text() {
            return new String(text, 0, kept());
        }

        NormalizedText toNormalizedText() {
            return new NormalizedText(text(), origin);
        }

        /** Without a trailing space. */
        private int kept() {
            return length > 0 && text[length - 1] == ' ' ? length - 1 : length;
        }
    }
}
