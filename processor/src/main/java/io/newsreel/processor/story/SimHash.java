package io.newsreel.processor.story;

import java.text.Normalizer;
import java.util.Arrays;
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
        final long[] words = wordHashes(text);
        final int[] votes = new int[Long.SIZE];
        for (int i = 0; i + 1 < words.length; i++) {
            final long pair = mix(words[i] * FNV_PRIME ^ words[i + 1]);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += (pair >>> bit & 1) == 1 ? 1 : -1;
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

    /** The FNV-1a hash of each word, folded for case and accents, without building the words themselves. */
    private static long[] wordHashes(final String text) {
        final String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        long[] hashes = new long[Math.max(16, folded.length() / 4)];
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= folded.length(); i++) {
            final char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ c) * FNV_PRIME;
                inWord = true;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        return Arrays.copyOf(hashes, count);
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
}
