package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(Map.of(
            "soundtrack", List.of("generic"),
            "soundtrack 2", List.of("soundtrack-2"),
            "moving", List.of("moving")));

    @Test
    void shouldPreferTheLongestOverlappingPhrase() {
        assertThat(matcher.find("the soundtrack 2 cast")).extracting(PhraseMatcher.Match::targets)
                .containsExactly(List.of("soundtrack-2"));
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        assertThat(matcher.find("a moving story and removing doubt")).extracting(PhraseMatcher.Match::start)
                .containsExactly(2);
    }

    @Test
    void shouldFindNothingWithNoPhrases() {
        assertThat(new PhraseMatcher<String>(Map.of()).find("anything")).isEmpty();
    }
}
