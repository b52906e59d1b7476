package io.newsreel.processor.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AlternationTest {

    @Property
    void shouldMatchExactlyTheWordsGiven(@ForAll("words") final Set<String> words,
                                         @ForAll("words") final Set<String> others) {
        // Given
        final Pattern alternation = Pattern.compile(Alternation.of(words));

        // Then: every word, and no other string (prefixes, extensions and unrelated words included)
        for (final String word : words) {
            assertThat(alternation.matcher(word).matches()).as(word).isTrue();
        }
        for (final String other : others) {
            assertThat(alternation.matcher(other).matches()).as(other).isEqualTo(words.contains(other));
        }
    }

    @Test
    void shouldFactorWordsByTheirCommonPrefix() {
        // When
        final String alternation = Alternation.of(List.of("Ko", "Koo", "Kong", "Kim", "Lee"));

        // Then
        assertThat(alternation).isEqualTo("(?:(?:K(?:im|o(?:ng|o)?)|Lee))");
    }

    @Test
    void shouldQuoteCharactersOtherThanLettersAndDigits() {
        // When
        final Pattern alternation = Pattern.compile(Alternation.of(List.of("co-star", "a.b")));

        // Then
        assertThat(alternation.matcher("co-star").matches()).isTrue();
        assertThat(alternation.matcher("a.b").matches()).isTrue();
        assertThat(alternation.matcher("axb").matches()).isFalse();
    }

    @Test
    void shouldRefuseNoWordsAndTheEmptyWord() {
        assertThatThrownBy(() -> Alternation.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of("Kim", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Set<String>> words() {
        // A small alphabet, so that words share prefixes and one is often a prefix of another.
        return Arbitraries.strings().withChars("abKo-").ofMinLength(1).ofMaxLength(5).set().ofMinSize(1)
                .ofMaxSize(12);
    }
}
