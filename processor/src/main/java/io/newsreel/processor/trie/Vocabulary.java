package io.newsreel.processor.trie;

import java.util.List;

/**
 * Numbers a fixed set of words 0, 1, 2, ... and looks a word up straight from a slice of a text, without making a
 * string of it: an open-addressing table of hashes and numbers, and the words' letters in one array.
 */
final class Vocabulary {

    static final int UNKNOWN = -1;

    private final char[] letters;
    /** Word {@code i} is {@code letters[starts[i], starts[i + 1])}. */
    private final int[] starts;
    /** Two ints a slot: a word's hash and its number plus one (0: empty slot). */
    private final int[] slots;
    private final int mask;

    /** The words, numbered in list order; none may appear twice. */
    Vocabulary(final List<String> words) {
        starts = new int[words.size() + 1];
        final StringBuilder all = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            starts[i] = all.length();
            all.append(words.get(i));
        }
        starts[words.size()] = all.length();
        final String text = all.toString();
        letters = text.toCharArray();
        final int slotCount = slotsFor(words.size());
        mask = slotCount - 1;
        slots = new int[slotCount * 2];
        for (int word = 0; word < words.size(); word++) {
            final int hash = hash(text, starts[word], starts[word + 1]);
            if (idOf(text, starts[word], starts[word + 1], hash) != UNKNOWN) {
                throw new IllegalArgumentException("Word listed twice: " + words.get(word));
            }
            int slot = hash & mask;
            while (slots[slot * 2 + 1] != 0) {
                slot = slot + 1 & mask;
            }
            slots[slot * 2] = hash;
            slots[slot * 2 + 1] = word + 1;
        }
    }

    /** Slots for an open-addressing table of {@code entries}: a power of two, at most half of them taken. */
    static int slotsFor(final int entries) {
        return Integer.highestOneBit(Math.max(2, entries * 2) - 1) << 1;
    }

    /** The number of the word {@code text[from, to)} whose {@link #hash} is given, or {@link #UNKNOWN}. */
    int idOf(final CharSequence text, final int from, final int to, final int hash) {
        for (int slot = hash & mask; slots[slot * 2 + 1] != 0; slot = slot + 1 & mask) {
            final int word = slots[slot * 2 + 1] - 1;
            if (slots[slot * 2] == hash && spells(word, text, from, to)) {
                return word;
            }
        }
        return UNKNOWN;
    }

    /** The hash of {@code text[from, to)}: {@link #step} over its characters, then {@link #spread}. */
    static int hash(final CharSequence text, final int from, final int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = step(hash, text.charAt(i));
        }
        return spread(hash);
    }

    /** Adds one character to a hash being computed, for callers that read the word anyway. */
    static int step(final int hash, final char c) {
        return 31 * hash + c;
    }

    /** Mixes the high bits of a polynomial hash into the low ones, which pick the slot. */
    static int spread(final int hash) {
        final int mixed = hash * 0x9E3779B9;
        return mixed ^ mixed >>> 16;
    }

    private boolean spells(final int word, final CharSequence text, final int from, final int to) {
        final int start = starts[word];
        if (starts[word + 1] - start != to - from) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (letters[start + i] != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }
}
