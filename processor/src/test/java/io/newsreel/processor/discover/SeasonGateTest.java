package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeasonGateTest {

    private final SeasonGate gate = new SeasonGate();

    @Test
    void shouldTriggerAtSeasonSeriesOrPartInAnyCaseBeforeANumber() {
        final String text = "Kingdom Season 2, SERIES 3, part 4, season two, Part2, the seasons 5";

        assertThat(gate.in(text)).containsExactly(8, 18, 28);
    }

    @Test
    void shouldReachBackSixTitleWordsAtMost() {
        final String text = "one two three four five six seven Season 2";
        final int season = text.indexOf("Season");

        assertThat(text.substring(gate.start(text, season), gate.end(text, season)))
                .isEqualTo("two three four five six seven Season 2");
    }

    @Test
    void shouldStopReachingBackAtACharacterNoTitleHolds() {
        final String text = "Hello, Sweet Home: Part 3";
        final int part = text.indexOf("Part");

        assertThat(gate.start(text, part)).isEqualTo(text.indexOf("Sweet"));
    }
}
