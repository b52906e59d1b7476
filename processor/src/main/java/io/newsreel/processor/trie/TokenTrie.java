package io.newsreel.processor.trie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases whose edges are whole words, for text whose words are separated by single spaces
 * ({@code TextNormalizer} form). A walk from a word takes one step a word rather than one a letter: a catalog of
 * tens of thousands of names spreads a letter-by-letter trie over megabytes, and each of its steps is a likely
 * cache miss, while each word is looked up in a vocabulary whose common words stay in the cache.
 *
 * <p>Edges leaving the root are an array by word; the others share one open-addressing table of (state, word)
 * keys, each beside its target so that a lookup reads one cache line.
 *
 * @param <V> what a phrase stands for
 */
public final class TokenTrie<V> {

    private static final int ROOT = 0;
    private static final int NONE = -1;
    private static final long EMPTY = -1L;
    /** No step: a state of 0, which is the root and so never a step's target. */
    private static final long NO_STEP = 0L;
    private static final int CONTINUES_BIT = 32;
    private static final int PHRASE_SHIFT = 33;
    /** Walks under way at once, to begin with: as many as the longest phrase has words, rarely more than four. */
    private static final int WALKS = 8;

    private final Vocabulary vocabulary;
    /** By word: the {@link #step} that word makes from the root, or {@link #NO_STEP}. */
    private final long[] fromRoot;
    /** Pairs of longs: the key {@code state << 32 | word} ({@link #EMPTY} if unused), then its {@link #step}. */
    private final long[] edges;
    private final int edgeMask;
    private final List<V> values;

    /** Phrases are in {@code TextNormalizer} form: words separated by single spaces. */
    public TokenTrie(final Map<String, V> phrases) {
        final Map<String, Integer> wordIds = new HashMap<>();
        final List<String> words = new ArrayList<>();
        final Map<Long, Integer> targets = new HashMap<>();
        final List<Integer> phraseOfState = new ArrayList<>(List.of(NONE));
        values = new ArrayList<>(phrases.size());
        for (final Map.Entry<String, V> phrase : phrases.entrySet()) {
            int state = ROOT;
            for (final String word : phrase.getKey().split(" ", -1)) {
                final int id = wordIds.computeIfAbsent(word, added -> {
                    words.add(added);
                    return words.size() - 1;
                });
                final int from = state;
                state = targets.computeIfAbsent(key(from, id), added -> {
                    phraseOfState.add(NONE);
                    return phraseOfState.size() - 1;
                });
            }
            phraseOfState.set(state, values.size());
            values.add(phrase.getValue());
        }
        final BitSet inner = new BitSet();
        targets.keySet().forEach(key -> inner.set((int) (key >>> 32)));
        vocabulary = new Vocabulary(words);
        fromRoot = new long[words.size()];
        final int slotCount = Vocabulary.slotsFor(targets.size());
        edgeMask = slotCount - 1;
        edges = new long[slotCount * 2];
        Arrays.fill(edges, EMPTY);
        targets.forEach((key, target) -> {
            final long step = step(target, inner.get(target), phraseOfState.get(target));
            if (key >>> 32 == ROOT) {
                fromRoot[(int) (long) key] = step;
            } else {
                int slot = slotOf(key);
                while (edges[slot * 2] != EMPTY) {
                    slot = slot + 1 & edgeMask;
                }
                edges[slot * 2] = key;
                edges[slot * 2 + 1] = step;
            }
        });
    }

    /**
     * Calls {@code hit} for every phrase that starts at a word start and ends at a word end of {@code text}
     * (words separated by single spaces), by end, then start. One pass: each word moves on every walk still under
     * way and starts one of its own; a walk ends where no edge leaves its state (most names end there).
     */
    public void forEachPhrase(final String text, final Hit<V> hit) {
        int[] walkStarts = new int[WALKS];
        int[] walkStates = new int[WALKS];
        int walks = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = start;
            int hash = 0;
            for (char c; end < text.length() && (c = text.charAt(end)) != ' '; end++) {
                hash = Vocabulary.step(hash, c);
            }
            final int word = vocabulary.idOf(text, start, end, Vocabulary.spread(hash));
            int kept = 0;
            if (word != Vocabulary.UNKNOWN) {
                for (int walk = 0; walk < walks; walk++) {
                    final long step = next(walkStates[walk], word);
                    report(walkStarts[walk], end, step, hit);
                    if (continues(step)) {
                        walkStarts[kept] = walkStarts[walk];
                        walkStates[kept++] = (int) step;
                    }
                }
                final long step = fromRoot[word];
                report(start, end, step, hit);
                if (continues(step)) {
                    if (kept == walkStarts.length) {
                        walkStarts = Arrays.copyOf(walkStarts, kept * 2);
                        walkStates = Arrays.copyOf(walkStates, kept * 2);
                    }
                    walkStarts[kept] = start;
                    walkStates[kept++] = (int) step;
                }
            }
            walks = kept;
            start = end + 1;
        }
    }

    private void report(final int start, final int end, final long step, final Hit<V> hit) {
        final int phrase = (int) (step >>> PHRASE_SHIFT) - 1;
        if (phrase != NONE) {
            hit.hit(start, end, values.get(phrase));
        }
    }

    /**
     * A step into {@code state}, packed so that one read tells all a walk needs: the state (low 32 bits), whether
     * edges leave it, and the phrase it completes plus one (0: none).
     */
    private static long step(final int state, final boolean continues, final int phrase) {
        return (long) (phrase + 1) << PHRASE_SHIFT | (continues ? 1L << CONTINUES_BIT : 0L) | state;
    }

    private static boolean continues(final long step) {
        return (step & 1L << CONTINUES_BIT) != 0;
    }

    private long next(final int state, final int word) {
        final long key = key(state, word);
        for (int slot = slotOf(key); edges[slot * 2] != EMPTY; slot = slot + 1 & edgeMask) {
            if (edges[slot * 2] == key) {
                return edges[slot * 2 + 1];
            }
        }
        return NO_STEP;
    }

    private int slotOf(final long key) {
        return Vocabulary.spread((int) (key ^ key >>> 29)) & edgeMask;
    }

    private static long key(final int state, final int word) {
        return (long) state << 32 | word;
    }

    /**
     * One phrase found.
     *
     * @param <V> what the phrase stands for
     */
    @FunctionalInterface
    public interface Hit<V> {

        /** The phrase spans {@code text[start, end)}. */
        void hit(int start, int end, V value);
    }
}
