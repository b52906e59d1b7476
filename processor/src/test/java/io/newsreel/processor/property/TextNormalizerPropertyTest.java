package io.newsreel.processor.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.processor.match.NormalizedText;
import io.newsreel.processor.match.TextNormalizer;
import java.text.Normalizer;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link TextNormalizer} on any text a feed can send: it never throws, its output has one shape (lower-case letters
 * and digits, single inner spaces), it is deterministic and idempotent, and every normalized character leads back
 * into the original text, so that evidence spans computed from it stay inside the article.
 */
class TextNormalizerPropertyTest {

    @Property(tries = 1000)
    void shouldProduceOnlyFoldedWordsSeparatedBySingleSpaces(@ForAll("texts") final String original) {
        final String text = TextNormalizer.normalize(original).text();

        assertThat(text).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(text.chars()).allMatch(c -> c == ' ' || Character.isLetterOrDigit(c));
    }

    @Property(tries = 1000)
    void shouldFoldEachCharacterAsTheDefinitionSays(@ForAll("texts") final String original) {
        final StringBuilder folded = new StringBuilder();
        for (final char c : original.toCharArray()) {
            final String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "");
            decomposed.chars().forEach(d -> folded.append(Character.isLetterOrDigit(d)
                    ? (char) Character.toLowerCase(d) : ' '));
        }
        final String expected = folded.toString().trim().replaceAll(" +", " ");

        assertThat(TextNormalizer.normalize(original).text()).isEqualTo(expected);
        assertThat(TextNormalizer.normalizeText(original)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void shouldMapEveryNormalizedCharacterBackIntoTheOriginalInOrder(@ForAll("texts") final String original) {
        final NormalizedText normalized = TextNormalizer.normalize(original);

        assertThat(normalized.origin().length).isGreaterThanOrEqualTo(normalized.text().length());
        for (int i = 0; i < normalized.text().length(); i++) {
            assertThat(normalized.origin()[i]).as("origin of %d", i).isBetween(0, original.length() - 1);
            if (i > 0) {
                assertThat(normalized.origin()[i]).as("origin of %d", i).isGreaterThanOrEqualTo(
                        normalized.origin()[i - 1]);
            }
        }
    }

    @Property(tries = 500)
    void shouldMapAnyNormalizedSpanToAnOriginalSpanInsideTheText(@ForAll("texts") final String original,
                                                                 @ForAll @IntRange(max = 10_000) final int a,
                                                                 @ForAll @IntRange(max = 10_000) final int b) {
        final NormalizedText normalized = TextNormalizer.normalize(original);
        final int length = normalized.text().length();
        if (length == 0) {
            return;
        }
        final int start = Math.min(a, b) % length;
        final int end = start + 1 + Math.abs(a - b) % (length - start);

        final int originalStart = normalized.originalStart(start);
        final int originalEnd = normalized.originalEnd(end);

        assertThat(originalStart).isBetween(0, original.length() - 1);
        assertThat(originalEnd).isBetween(originalStart + 1, original.length());
    }

    @Property(tries = 1000)
    void shouldBeDeterministic(@ForAll("texts") final String original) {
        final NormalizedText first = TextNormalizer.normalize(original);
        final NormalizedText second = TextNormalizer.normalize(new String(original.toCharArray()));

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(Arrays.copyOf(second.origin(), second.text().length()))
                .isEqualTo(Arrays.copyOf(first.origin(), first.text().length()));
    }

    @Property(tries = 1000)
    void shouldBeIdempotent(@ForAll("texts") final String original) {
        final String once = TextNormalizer.normalizeText(original);

        assertThat(TextNormalizer.normalizeText(once)).isEqualTo(once);
    }

    @Property(tries = 10)
    void shouldNormalizeHugeTextsInOnePiece(@ForAll("hugeTexts") final String original) {
        final NormalizedText normalized = TextNormalizer.normalize(original);

        assertThat(normalized.origin().length).isGreaterThanOrEqualTo(normalized.text().length());
        assertThat(normalized.text().length()).isLessThanOrEqualTo(original.length() * 18);
    }

    @Provide
    Arbitrary<String> texts() {
        return HostileText.any();
    }

    @Provide
    Arbitrary<String> hugeTexts() {
        return HostileText.huge(500_000);
    }
}
