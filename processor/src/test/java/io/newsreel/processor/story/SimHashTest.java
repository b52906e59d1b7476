package io.newsreel.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String REPORT = "The cast of Soundtrack #2 held a press conference on November 29 in Seoul. "
            + "Keum Sae-rok said the songs felt personal, and Noh Sang-hyun joked about his piano lessons. "
            + "The director thanked the crew for a short and warm shoot in the winter.";

    @Test
    void shouldBarelyChangeForACopyWithAnEditedSentence() {
        final String copy = REPORT.replace("in the winter", "last winter") + " Reporting by Delta News.";

        assertThat(SimHash.distance(SimHash.of(REPORT), SimHash.of(copy)))
                .isLessThanOrEqualTo(StoryMatcher.MAX_COPY_DISTANCE);
    }

    @Test
    void shouldDifferWidelyForAnIndependentlyWrittenReportOfTheSameEvent() {
        final String other = "Stars of Soundtrack #2 met reporters on Wednesday. 'It is a story about timing,' "
                + "Noh Sang-hyun said, while Geum Sae-rok added that she sang some of the songs herself.";

        assertThat(SimHash.distance(SimHash.of(REPORT), SimHash.of(other)))
                .isGreaterThan(StoryMatcher.MAX_COPY_DISTANCE * 2);
    }

    @Test
    void shouldIgnoreCaseAccentsAndPunctuation() {
        assertThat(SimHash.of("Café SOCIETY, returns!")).isEqualTo(SimHash.of("cafe society returns"));
    }
}
