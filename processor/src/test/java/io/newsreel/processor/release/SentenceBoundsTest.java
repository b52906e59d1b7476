package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceBoundsTest {

    @Test
    void shouldFindTheSentenceAroundAPosition() {
        // Given
        final String text = "The cast met fans. It premieres Dec. 24 on No. 1 channel tvN! Tickets sold out.";
        final int inside = text.indexOf("premieres");

        // When
        final int start = SentenceBounds.start(text, inside, 0);
        final int end = SentenceBounds.end(text, inside);

        // Then
        assertThat(text.substring(start, end).trim()).isEqualTo("It premieres Dec. 24 on No. 1 channel tvN!");
    }

    @Test
    void shouldEndSentencesAtLineBreaksButNotAtInitialsOrLowerCaseContinuations() {
        final String text = "Headline here\nDirector Kim J. Park said the U.S. release is set. e.g. next";
        assertThat(SentenceBounds.endsSentence(text, text.indexOf('\n'))).isTrue();
        assertThat(SentenceBounds.endsSentence(text, text.indexOf("J.") + 1)).isFalse();
        assertThat(SentenceBounds.endsSentence(text, text.indexOf("S.") + 1)).isFalse();
        assertThat(SentenceBounds.endsSentence(text, text.indexOf("set.") + 3)).isFalse();
    }

    @Test
    void shouldCutTextWithoutSentenceEndsIntoBoundedPieces() {
        // Given
        final String text = "word ".repeat(1_000);

        // Then
        assertThat(SentenceBounds.end(text, 2_000) - SentenceBounds.start(text, 2_000, 0))
                .isEqualTo(2 * SentenceBounds.MAX_REACH);
    }
}
