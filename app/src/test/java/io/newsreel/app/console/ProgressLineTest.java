package io.newsreel.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void shouldShowCountShareElapsedAndTimeLeftAtThePaceSoFar() {
        final ProgressLine line = new ProgressLine("Importing feeds", 2_500, 10_000, "", Duration.ofSeconds(42));

        assertThat(line.render()).isEqualTo("Importing feeds: 2,500 of 10,000 (25%), 0:42, about 2:06 left");
    }

    @Test
    void shouldAppendTheDetailAfterTheCount() {
        final ProgressLine line = new ProgressLine("Round 1", 3, 4, "1,200 of 2,000 articles", Duration.ofSeconds(3));

        assertThat(line.render()).isEqualTo("Round 1: 3 of 4 (75%), 0:03, about 0:01 left; 1,200 of 2,000 articles");
    }

    @Test
    void shouldEstimateNothingBeforeTheFirstUnitNorOnceAllAreDone() {
        assertThat(new ProgressLine("Polling", 0, 8, "", Duration.ofSeconds(5)).render())
                .isEqualTo("Polling: 0 of 8 (0%), 0:05");
        assertThat(new ProgressLine("Polling", 8, 8, "", Duration.ofSeconds(65)).render())
                .isEqualTo("Polling: 8 of 8 (100%), 1:05");
    }

    @Test
    void shouldCountHoursFromTheFirstHourOn() {
        assertThat(ProgressLine.clock(Duration.ofSeconds(3_599))).isEqualTo("59:59");
        assertThat(ProgressLine.clock(Duration.ofSeconds(3_600 + 62))).isEqualTo("1:01:02");
    }
}
