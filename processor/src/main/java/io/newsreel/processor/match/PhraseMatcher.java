package io.newsreel.processor.match;

import io.newsreel.processor.trie.TokenTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds every whole-word occurrence of any of many phrases (a trie of words walked from each word start) and, where
 * occurrences overlap, keeps the longest. Phrases and text are in {@link TextNormalizer} form.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    private final TokenTrie<List<T>> trie;

    public PhraseMatcher(final Map<String, List<T>> targetsByPhrase) {
        this.trie = new TokenTrie<>(targetsByPhrase);
    }

    public List<Match<T>> find(final String normalized) {
        final List<Match<T>> hits = new ArrayList<>();
        trie.forEachPhrase(normalized,
                (begin, end, targets) -> hits.add(new Match<>(begin, end, targets)));
        hits.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparing(match -> -match.length()));
        final List<Match<T>> kept = new ArrayList<>();
        int coveredUntil = 0;
        for (final Match<T> hit : hits) {
            if (hit.start() >= coveredUntil) {
                kept.add(hit);
                coveredUntil = hit.end();
            } else if (hit.end() > coveredUntil && hit.length() > kept.get(kept.size() - 1).length()) {
                kept.set(kept.size() - 1, hit);
                coveredUntil = hit.end();
            }
        }
        return kept;
    }

    /**
     * One occurrence of a phrase.
     *
     * @param start start in the normalized text
     * @param end end (exclusive) in the normalized text
     * @param targets what the phrase stands for; several when one phrase names several things
     * @param <T> target type
     */
    public record Match<T>(int start, int end, List<T> targets) {

        int length() {
            return end - start;
        }
    }
}
