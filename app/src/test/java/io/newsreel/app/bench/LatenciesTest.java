package io.newsreel.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void shouldTakeNearestRankPercentiles() {
        // Given: 1 to 100 ms, shuffled
        final long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (i * 37 % 100 + 1) * MS).toArray();

        // When
        final Latencies latencies = Latencies.ofNanos(nanos);

        // Then
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50Ms()).isEqualTo(50);
        assertThat(latencies.p95Ms()).isEqualTo(95);
        assertThat(latencies.p99Ms()).isEqualTo(99);
        assertThat(latencies.maxMs()).isEqualTo(100);
        assertThat(latencies.meanMs()).isEqualTo(50.5);
        assertThat(nanos[0]).as("the input is left as it was").isEqualTo(38 * MS);
    }

    @Test
    void shouldGiveAMeasuredValueForEveryPercentileOfFewValues() {
        // Given
        final long[] sorted = {10, 20, 30};

        // Then
        assertThat(Latencies.percentile(sorted, 1)).isEqualTo(10);
        assertThat(Latencies.percentile(sorted, 34)).isEqualTo(20);
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(20);
        assertThat(Latencies.percentile(sorted, 67)).isEqualTo(30);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(30);
        assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void shouldReportNothingForNoValues() {
        assertThat(Latencies.ofNanos(new long[0])).isEqualTo(Latencies.NONE);
        assertThatThrownBy(() -> Latencies.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
