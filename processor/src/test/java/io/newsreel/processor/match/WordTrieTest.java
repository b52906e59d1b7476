package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WordTrieTest {

    @Test
    void shouldFindEveryWholeWordPhraseAndNoPhraseInsideAWord() {
        // Given
        final WordTrie<String> trie = new WordTrie<>();
        final TreeMap<String, String> phrases = new TreeMap<>();
        for (final String phrase : List.of("kim", "kim sae rok", "sae rok", "rok", "moving")) {
            phrases.put(phrase, phrase);
        }
        trie.build(phrases);
        final List<String> found = new ArrayList<>();

        // When
        trie.forEachWholeWordPhrase("kimchi with kim sae rok in removing moving", wordStart -> true,
                (start, end, phrase) -> found.add(start + ":" + phrase));

        // Then
        assertThat(found).containsExactly("12:kim", "12:kim sae rok", "16:sae rok", "20:rok", "36:moving");
    }

    @Test
    void shouldNeitherStartNorContinueAPhraseAtAWordItIsToldToPassOver() {
        // Given
        final WordTrie<String> trie = new WordTrie<>();
        final TreeMap<String, String> phrases = new TreeMap<>();
        for (final String phrase : List.of("kim", "kim sae rok", "sae rok", "rok")) {
            phrases.put(phrase, phrase);
        }
        trie.build(phrases);
        final String text = "kim sae rok and sae rok";
        final Set<Integer> passedOver = Set.of(text.indexOf("sae"), text.lastIndexOf("rok"));
        final List<String> found = new ArrayList<>();

        // When
        trie.forEachWholeWordPhrase(text, wordStart -> !passedOver.contains(wordStart),
                (start, end, phrase) -> found.add(start + ":" + phrase));

        // Then
        assertThat(found).containsExactly("0:kim", "8:rok");
    }
}
