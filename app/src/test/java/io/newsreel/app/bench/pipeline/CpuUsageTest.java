package io.newsreel.app.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuUsageTest {

    private static final String PROCESSOR = "bench-pipeline-7-throughput-processor";
    private static final String SINK = "bench-pipeline-7-throughput-sink";

    @Test
    void shouldChargeEachThreadToItsPart() {
        assertThat(CpuUsage.part(PROCESSOR + "-9f1c-StreamThread-1", PROCESSOR, SINK)).isEqualTo(CpuUsage.PROCESSOR);
        assertThat(CpuUsage.part("kafka-producer-network-thread | " + PROCESSOR + "-9f1c-StreamThread-1-producer",
                PROCESSOR, SINK)).isEqualTo(CpuUsage.PROCESSOR);
        assertThat(CpuUsage.part(SINK + "-77ab-StreamThread-2", PROCESSOR, SINK)).isEqualTo(CpuUsage.SINK);
        assertThat(CpuUsage.part("kafka-producer-network-thread | bench-pipeline-sender", PROCESSOR, SINK))
                .isEqualTo(CpuUsage.BENCH);
        assertThat(CpuUsage.part("bench-pipeline-watcher", PROCESSOR, SINK)).isEqualTo(CpuUsage.BENCH);
        assertThat(CpuUsage.part("data-plane-kafka-request-handler-0", PROCESSOR, SINK)).isEqualTo(CpuUsage.BROKER);
    }

    @Test
    void shouldLeaveToTheVmWhatNoThreadSpent() {
        // Given
        final CpuUsage before = new CpuUsage(1_000_000_000L, Map.of(CpuUsage.PROCESSOR, 500_000_000L));
        final CpuUsage after = new CpuUsage(4_000_000_000L, Map.of(CpuUsage.PROCESSOR, 2_000_000_000L,
                CpuUsage.BROKER, 1_000_000_000L));

        // When
        final Map<String, Double> seconds = after.secondsSince(before);

        // Then
        assertThat(seconds).containsExactly(Map.entry(CpuUsage.PROCESSOR, 1.5), Map.entry(CpuUsage.SINK, 0.0),
                Map.entry(CpuUsage.BROKER, 1.0), Map.entry(CpuUsage.BENCH, 0.0), Map.entry(CpuUsage.VM, 0.5));
    }
}
