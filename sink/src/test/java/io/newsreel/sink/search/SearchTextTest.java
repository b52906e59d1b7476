package io.newsreel.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "keum saerok      | Keum Sae-rok",
        "KEUM-SAE-ROK     | Keum Sae-rok",
        "sae rok          | Keum Sae-rok",
        "melo             | Mélo Movie",
        "Mélo             | Melo Movie",
        "soundtrack 2     | Soundtrack #2",
        "무빙              | 무빙",
    })
    void shouldMatchWhateverTheCaseAccentsHyphensAndSpaces(final String query, final String name) {
        assertThat(SearchText.of(query).foundIn(name)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not find Keum Sae-rok")
    @ValueSource(strings = {"keum sae-ron", "saerokk", "Kim Sae-rok"})
    void shouldNotMatchAnotherName(final String query) {
        assertThat(SearchText.of(query).foundIn("Keum Sae-rok", null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "---", "#"})
    void shouldRefuseAQueryWithoutALetterOrDigit(final String query) {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchText.of(query));
    }
}
