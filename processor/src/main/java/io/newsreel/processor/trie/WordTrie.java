package io.newsreel.processor.trie;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Arrays;
import java.util.Map;

/**
 * A double-array trie of phrases walked from word starts only. Only whole-word occurrences are wanted, and a walk
 * from a word start ends as soon as no phrase continues that way, usually within a few letters: cheaper than an
 * Aho-Corasick pass, which visits a state (and, with a big dictionary, misses the cache) at every character and
 * reports phrases inside words too.
 *
 * @param <V> what a phrase stands for
 */
public final class WordTrie<V> extends AhoCorasickDoubleArrayTrie<V> {

    private static final int ROOT = 0;
    private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();
    private static final int FOLD_BITS = 5;
    private static final int TRIPLE_MASK = (1 << FOLD_BITS) - 1;

    /**
     * The first three characters of each phrase folded to five bits each (a bit for each such triple, 4 KB), a
     * shorter phrase standing for every triple it begins: a start where no phrase can begin is passed over with one
     * look instead of walking the trie. Three characters stop most words ("th" opens "thursday", "the" opens none).
     */
    private final long[] leadingThree = new long[(1 << 3 * FOLD_BITS) / Long.SIZE];

    /**
     * The phrase (its index) spelled by the way from the root to each state, or -1. A walk needs only that phrase;
     * the Aho-Corasick outputs of a state also list the phrases that are its suffixes, and reading them and their
     * lengths costs two more cache misses at every state that ends a phrase.
     */
    private int[] exact;

    @Override
    public void build(final Map<String, V> phrases) {
        super.build(phrases);
        exact = new int[check.length];
        Arrays.fill(exact, -1);
        int index = 0;
        for (final String phrase : phrases.keySet()) {
            exact[stateOf(phrase)] = index++;
        }
        for (final String phrase : phrases.keySet()) {
            markLeading(phrase);
        }
    }

    /** Sets the bit of every triple that can begin {@code phrase}: any characters past its end. */
    private void markLeading(final String phrase) {
        final int known = Math.min(3, phrase.length());
        int lead = 0;
        for (int i = 0; i < known; i++) {
            lead = lead << FOLD_BITS | phrase.charAt(i) & TRIPLE_MASK;
        }
        final int freeBits = (3 - known) * FOLD_BITS;
        for (int rest = 0; rest < 1 << freeBits; rest++) {
            final int triple = lead << freeBits | rest;
            leadingThree[triple >>> 6] |= 1L << triple;
        }
    }

    /**
     * In any text, calls {@code hit} for every phrase that neither starts nor ends inside a word (a run of letters and
     * digits), by start, then end. Phrases may hold other characters ("apple tv+", "dec.").
     */
    public void forEachPhraseBetweenWordBoundaries(final String text, final IHit<V> hit) {
        final char[] chars = text.toCharArray();
        boolean afterWordChar = false;
        for (int start = 0; start < chars.length; start++) {
            final boolean boundary = !afterWordChar;
            afterWordChar = isWordChar(chars[start]);
            if (!boundary || !mayLead(chars, start)) {
                continue;
            }
            int state = ROOT;
            for (int i = start; i < chars.length && state >= 0; i++) {
                state = child(state, chars[i]);
                if (state >= 0 && exact[state] >= 0 && (i + 1 == chars.length || !isWordChar(chars[i + 1]))) {
                    hit.hit(start, i + 1, v[exact[state]]);
                }
            }
        }
    }

    private int stateOf(final String phrase) {
        int state = ROOT;
        for (int i = 0; i < phrase.length(); i++) {
            state = child(state, phrase.charAt(i));
        }
        return state;
    }

    /** The state reached from {@code state} by {@code c}, or -1; the failure links are never followed. */
    private int child(final int state, final char c) {
        final int next = base[state] + c + 1;
        return next < check.length && check[next] == base[state] ? next : -1;
    }

    private boolean mayLead(final char[] text, final int start) {
        final int second = start + 1 < text.length ? text[start + 1] : 0;
        final int third = start + 2 < text.length ? text[start + 2] : 0;
        final int triple = (text[start] & TRIPLE_MASK) << 2 * FOLD_BITS | (second & TRIPLE_MASK) << FOLD_BITS
                | third & TRIPLE_MASK;
        return (leadingThree[triple >>> 6] & 1L << triple) != 0;
    }

    /** A letter or digit: looked up for ASCII, which is almost all of an article, and asked of Unicode otherwise. */
    private static boolean isWordChar(final char c) {
        return c < ASCII_WORD_CHARS.length ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }

    private static boolean[] asciiWordChars() {
        final boolean[] wordChars = new boolean[0x80];
        for (char c = 0; c < wordChars.length; c++) {
            wordChars[c] = Character.isLetterOrDigit(c);
        }
        return wordChars;
    }
}
