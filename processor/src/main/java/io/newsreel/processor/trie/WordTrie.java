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
    private static final int LEAD_MASK = 0x7F;
    private static final int TRIPLE_MASK = 0x1F;

    /**
     * The one-character phrases and the two-character ones folded to seven bits a character, and the first three
     * characters of each longer one folded to five (a bit each, 4 KB): a start where no phrase can begin is passed
     * over without walking the trie. Two characters let most words through ("th" opens "thursday", so "the" was
     * walked); three stop most.
     */
    private final boolean[] leadingOne = new boolean[LEAD_MASK + 1];
    private final boolean[] leadingTwo = new boolean[(LEAD_MASK + 1) * (LEAD_MASK + 1)];
    private final long[] leadingThree = new long[(TRIPLE_MASK + 1) * (TRIPLE_MASK + 1) * (TRIPLE_MASK + 1) / Long.SIZE];

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
            if (phrase.length() == 1) {
                leadingOne[phrase.charAt(0) & LEAD_MASK] = true;
            } else if (phrase.length() == 2) {
                leadingTwo[leadingPair(phrase.charAt(0), phrase.charAt(1))] = true;
            } else if (phrase.length() > 2) {
                final int triple = leadingTriple(phrase.charAt(0), phrase.charAt(1), phrase.charAt(2));
                leadingThree[triple >>> 6] |= 1L << triple;
            }
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
        return leadingOne[text[start] & LEAD_MASK]
                || start + 1 < text.length && leadingTwo[leadingPair(text[start], text[start + 1])]
                || start + 2 < text.length && leadsThree(leadingTriple(text[start], text[start + 1], text[start + 2]));
    }

    private boolean leadsThree(final int triple) {
        return (leadingThree[triple >>> 6] & 1L << triple) != 0;
    }

    private static int leadingPair(final char first, final char second) {
        return (first & LEAD_MASK) << 7 | second & LEAD_MASK;
    }

    private static int leadingTriple(final char first, final char second, final char third) {
        return (first & TRIPLE_MASK) << 10 | (second & TRIPLE_MASK) << 5 | third & TRIPLE_MASK;
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
