package io.newsreel.processor.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 64-bit SimHash of a text's word pairs: near-identical texts (a syndicated copy with a new headline, a changed
 * byline or a trimmed paragraph) differ in a few bits, while independently written texts differ in about half.
 */
public final class SimHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    public static long of(final String text) {
        final List<String> words = words(text);
        final int[] votes = new int[Long.SIZE];
        for (int i = 0; i + 1 < words.size(); i++) {
            final long hash = mix(fnv(words.get(i) + ' ' + words.get(i + 1)));
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long simHash = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                simHash |= 1L << bit;
            }
        }
        return simHash;
    }

    /** How many bits two hashes differ in. */
    public static int distance(final long a, final long b) {
        return Long.bitCount(a ^ b);
    }

    private static List<String> words(final String text) {
        final String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            final char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Spreads FNV's weak high bits over all 64, which SimHash needs: each bit votes on its own. */
    private static long mix(final long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long fnv(final String text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
