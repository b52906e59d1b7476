package io.newsreel.processor.trie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WordTrieTest {

    @Test
    void shouldFindAtWordBoundariesWhatAnAhoCorasickPassFindsThere() {
        // Given phrases with letters, digits, spaces and other characters, and texts made of their pieces
        final List<String> pieces = List.of("tv", "tv+", "apple tv+", "dec.", "on", "on the", "6", "6th", "the",
                "air", "airs", "AIRS", "ai", "thx", "Dec.", "1n", "-", " ", ". ", "x");
        final TreeMap<String, String> phrases = new TreeMap<>();
        pieces.stream().filter(piece -> !piece.isBlank()).forEach(piece -> phrases.put(piece, piece));
        final WordTrie<String> trie = new WordTrie<>();
        trie.build(phrases);
        final Random random = new Random(5L);

        for (int round = 0; round < 2_000; round++) {
            final StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            final String written = text.toString();

            // When
            final Set<String> walked = new TreeSet<>();
            trie.forEachPhraseBetweenWordBoundaries(written, (start, end, phrase) -> walked.add(start + ":" + end));

            // Then
            final Set<String> scanned = new TreeSet<>();
            trie.parseText(written, (start, end, phrase) -> {
                if (!wordCharAt(written, start - 1) && !wordCharAt(written, end)) {
                    scanned.add(start + ":" + end);
                }
            });
            assertThat(walked).as("'%s'", written).isEqualTo(scanned);
        }
    }

    private static boolean wordCharAt(final String text, final int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}
