package io.newsreel.processor.release;

import io.newsreel.processor.trie.WordTrie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every whole-word occurrence of a cue of the lexicon in one pass over the lower-cased article, walking a trie
 * from each position that no letter or digit precedes. This is the one step that reads the whole text; everything
 * else reads only the sentences it points at.
 */
final class CueScanner {

    private static final int LONGEST = 40;

    private final WordTrie<Cue> trie = new WordTrie<>();

    CueScanner(final Map<String, Cue> cues) {
        if (cues.keySet().stream().anyMatch(phrase -> phrase.length() > LONGEST)) {
            throw new IllegalArgumentException("Cue phrases are at most " + LONGEST + " characters");
        }
        trie.build(new TreeMap<>(cues));
    }

    /**
     * Cues in text order; where two of one kind overlap ("set to end" and "end"), only the longer.
     *
     * @param text the article as written, for cues that must match its letter case
     * @param lower the same text lower-cased with offsets unchanged
     */
    List<CueHit> scan(final String text, final String lower) {
        final List<CueHit> hits = new ArrayList<>();
        trie.forEachPhraseBetweenWordBoundaries(lower, (begin, end, cue) -> {
            if (accepts(text, lower, begin, end, cue)) {
                hits.add(new CueHit(cue, begin, end));
            }
        });
        longestFirstAtEachStart(hits);
        final List<CueHit> kept = new ArrayList<>(hits.size());
        for (final CueHit hit : hits) {
            if (!shadowed(kept, hit)) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /**
     * The trie reports its phrases by start and, at one start, shortest first: reversing each start's run puts them
     * longest first, in the order a sort by start and then by length, longest first, would give.
     */
    private static void longestFirstAtEachStart(final List<CueHit> hits) {
        for (int run = 0; run < hits.size(); ) {
            int next = run + 1;
            while (next < hits.size() && hits.get(next).start() == hits.get(run).start()) {
                next++;
            }
            if (next - run > 1) {
                Collections.reverse(hits.subList(run, next));
            }
            run = next;
        }
    }

    private static boolean shadowed(final List<CueHit> kept, final CueHit hit) {
        // Kept hits are in start order and no phrase is longer than LONGEST, so looking back that far is enough.
        for (int i = kept.size() - 1; i >= 0 && kept.get(i).start() > hit.start() - LONGEST; i--) {
            if (kept.get(i).kind() == hit.kind() && kept.get(i).end() >= hit.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(final String text, final String lower, final int begin, final int end,
                                   final Cue cue) {
        if (cue.exactCase() != null && !text.startsWith(cue.exactCase(), begin)) {
            return false;
        }
        for (final String follower : cue.notFollowedBy()) {
            if (regionMatches(lower, end, follower)) {
                return false;
            }
        }
        for (final String predecessor : cue.notPrecededBy()) {
            if (regionMatches(lower, begin - predecessor.length(), predecessor)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatches(final String text, final int offset, final String expected) {
        return offset >= 0 && text.startsWith(expected, offset);
    }
}
