package io.newsreel.processor.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.function.IntPredicate;

/**
 * A double-array trie of phrases walked from word starts only, for text whose words are separated by single spaces
 * ({@link TextNormalizer} form). Only whole-word occurrences are wanted, and a walk from a word start ends as soon as
 * no phrase continues that way, usually within a few letters: cheaper than an Aho-Corasick pass, which visits a
 * state (and, with a big dictionary, misses the cache) at every character and reports phrases inside words too.
 *
 * @param <V> what a phrase stands for
 */
final class WordTrie<V> extends AhoCorasickDoubleArrayTrie<V> {

    private static final int ROOT = 0;

    /**
     * Calls {@code hit} for every phrase that starts at a word start and ends at a word end, by start, then end, and
     * all of whose words start where {@code wordAllowed} accepts them.
     */
    void forEachWholeWordPhrase(final String text, final IntPredicate wordAllowed, final IHit<V> hit) {
        for (int start = 0; start < text.length(); start = nextWordStart(text, start)) {
            if (!wordAllowed.test(start)) {
                continue;
            }
            int state = ROOT;
            for (int i = start; i < text.length() && state >= 0; i++) {
                final char c = text.charAt(i);
                if (c == ' ' && i + 1 < text.length() && !wordAllowed.test(i + 1)) {
                    break;
                }
                state = child(state, c);
                final boolean wordEnds = i + 1 == text.length() || text.charAt(i + 1) == ' ';
                if (state >= 0 && wordEnds && output[state] != null) {
                    for (final int phrase : output[state]) {
                        // A state's output also holds the phrases that are its suffixes; they start inside the walk.
                        if (l[phrase] == i + 1 - start) {
                            hit.hit(start, i + 1, v[phrase]);
                        }
                    }
                }
            }
        }
    }

    /** The state reached from {@code state} by {@code c}, or -1; the failure links are never followed. */
    private int child(final int state, final char c) {
        final int next = base[state] + c + 1;
        return next < check.length && check[next] == base[state] ? next : -1;
    }

    private static int nextWordStart(final String text, final int from) {
        final int space = text.indexOf(' ', from);
        return space < 0 ? text.length() : space + 1;
    }
}
