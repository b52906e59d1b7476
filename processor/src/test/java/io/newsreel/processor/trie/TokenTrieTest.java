package io.newsreel.processor.trie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenTrieTest {

    private static final List<String> WORDS = List.of("kim", "sae", "rok", "saerok", "park", "seo", "jun", "a", "the",
            "of", "2", "ki", "kimsaero", "kimsaerok", "saerokpark", "\u00e9t\u00e9", "\ud55c\uad6d", "\u0000a");

    @Test
    void shouldFindEveryWholeWordPhraseAndNoPhraseInsideAWord() {
        // Given
        final Map<String, String> phrases = new LinkedHashMap<>();
        for (final String phrase : List.of("kim", "kim sae rok", "sae rok", "rok", "moving")) {
            phrases.put(phrase, phrase);
        }
        final TokenTrie<String> trie = new TokenTrie<>(phrases);
        final List<String> found = new ArrayList<>();

        // When
        trie.forEachPhrase("kimchi with kim sae rok in removing moving",
                (start, end, phrase) -> found.add(start + "-" + end + ":" + phrase));

        // Then
        assertThat(found).containsExactly("12-15:kim", "12-23:kim sae rok", "16-23:sae rok", "20-23:rok",
                "36-42:moving");
    }

    @Test
    void shouldFindNothingWithoutPhrasesOrText() {
        final List<String> found = new ArrayList<>();

        new TokenTrie<String>(Map.of()).forEachPhrase("kim sae rok", (start, end, phrase) -> found.add(phrase));
        new TokenTrie<>(Map.of("kim", "kim")).forEachPhrase("", (start, end, phrase) -> found.add(phrase));

        assertThat(found).isEmpty();
    }

    @Test
    void shouldTellApartWordsWithOneHash() {
        // A leading NUL adds nothing to a polynomial hash, and "Aa" and "BB" add the same: the vocabulary must tell
        // such words apart by their letters.
        final TokenTrie<String> trie = new TokenTrie<>(Map.of("a", "short", "kimsaeroAa", "long"));
        final List<String> found = new ArrayList<>();

        trie.forEachPhrase("\u0000a a kimsaeroBB kimsaeroAa",
                (start, end, phrase) -> found.add(start + "-" + end + ":" + phrase));

        assertThat(found).containsExactly("3-4:short", "16-26:long");
    }

    @Property
    void shouldFindWhatComparingEveryRunOfWordsFinds(@ForAll("phrases") final List<String> phrases,
                                                     @ForAll("texts") final String text) {
        // Given
        final Map<String, String> byPhrase = new LinkedHashMap<>();
        phrases.forEach(phrase -> byPhrase.put(phrase, phrase.toUpperCase()));
        final List<String> found = new ArrayList<>();

        // When
        new TokenTrie<>(byPhrase).forEachPhrase(text,
                (start, end, value) -> found.add(start + "-" + end + ":" + value));

        // Then
        assertThat(found).isEqualTo(naive(byPhrase, text));
    }

    @Provide
    Arbitrary<List<String>> phrases() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words))
                .list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(25).map(words -> String.join(" ", words));
    }

    /** Every run of whole words compared with every phrase: by end, then start. */
    private static List<String> naive(final Map<String, String> phrases, final String text) {
        final List<String> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        final String[] words = text.split(" ");
        final int[] starts = new int[words.length + 1];
        for (int word = 0; word < words.length; word++) {
            starts[word + 1] = starts[word] + words[word].length() + 1;
        }
        for (int last = 0; last < words.length; last++) {
            final int end = starts[last + 1] - 1;
            for (int first = 0; first <= last; first++) {
                final String value = phrases.get(text.substring(starts[first], end));
                if (value != null) {
                    found.add(starts[first] + "-" + end + ":" + value);
                }
            }
        }
        return found;
    }
}
