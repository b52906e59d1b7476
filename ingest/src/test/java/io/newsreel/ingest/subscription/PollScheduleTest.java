package io.newsreel.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(10);

    private final PollSchedule schedule = new PollSchedule(Duration.ofHours(1), RandomGenerator.of("L64X128MixRandom"));

    @Test
    void shouldSpreadPollsWithinTenPercentOfTheInterval() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(Duration.between(NOW, schedule.afterSuccess(NOW, INTERVAL)))
                    .isBetween(Duration.ofSeconds(540), Duration.ofSeconds(660));
        }
    }

    @Test
    void shouldBackOffExponentiallyUpToTheCap() {
        assertThat(Duration.between(NOW, schedule.afterFailure(NOW, INTERVAL, 1)))
                .isBetween(Duration.ofMinutes(18), Duration.ofMinutes(22));
        assertThat(Duration.between(NOW, schedule.afterFailure(NOW, INTERVAL, 2)))
                .isBetween(Duration.ofMinutes(36), Duration.ofMinutes(44));
        assertThat(Duration.between(NOW, schedule.afterFailure(NOW, INTERVAL, 30)))
                .isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
    }
}
