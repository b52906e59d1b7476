package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldFoldCaseDiacriticsHyphensAndQuotes() {
        assertThat(TextNormalizer.normalizeText("“Kuem Sae-Rok’s” café — Soundtrack #2!"))
                .isEqualTo("kuem sae rok s cafe soundtrack 2");
    }

    @Test
    void shouldMapNormalizedCharactersBackToTheOriginal() {
        final String original = "On  Soundtrack #2, finally";
        final NormalizedText normalized = TextNormalizer.normalize(original);
        final int start = normalized.text().indexOf("soundtrack 2");
        final int end = start + "soundtrack 2".length();

        assertThat(original.substring(normalized.originalStart(start), normalized.originalEnd(end)))
                .isEqualTo("Soundtrack #2");
    }
}
