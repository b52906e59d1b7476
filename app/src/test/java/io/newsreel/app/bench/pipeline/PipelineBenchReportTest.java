package io.newsreel.app.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.app.bench.Latencies;
import io.newsreel.contract.serde.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineBenchReportTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteEveryFigureWithMachineAndSettings() throws Exception {
        // Given
        final Path file = dir.resolve("out/bench-pipeline.json");

        // When
        PipelineBenchReport.write(file, result());

        // Then
        final JsonNode json = Json.MAPPER.readTree(file.toFile());
        assertThat(json.path("benchmark").asText()).isEqualTo("pipeline");
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(json.path("machine").has("javaVersion")).isTrue();
        assertThat(json.path("machine").has("os")).isTrue();
        assertThat(json.path("machine").has("maxHeapMiB")).isTrue();
        assertThat(json.path("settings").path("articles").asInt()).isEqualTo(10_000);
        assertThat(json.path("settings").path("guarantee").asText()).isEqualTo("exactly_once_v2");
        assertThat(json.path("settings").path("partitions").asInt()).isEqualTo(3);
        assertThat(json.path("raw").path("recordsPerSecond").asDouble()).isEqualTo(20_000);
        assertThat(json.path("pipeline").path("articlesPerSecond").asDouble()).isEqualTo(500);
        assertThat(json.path("pipelineToRawRatio").asDouble()).isEqualTo(0.025);
        assertThat(json.path("pipeline").path("cpuSeconds").fieldNames()).toIterable()
                .containsExactly(CpuUsage.PROCESSOR, CpuUsage.SINK, CpuUsage.BROKER, CpuUsage.BENCH, CpuUsage.VM);
        assertThat(json.path("latency")).hasSize(2);
        assertThat(json.path("latency").get(0).path("guarantee").asText()).isEqualTo("exactly_once_v2");
        assertThat(json.path("latency").get(0).path("timeline").path("p99Ms").asDouble()).isEqualTo(900);
        assertThat(json.path("latency").get(1).path("timeline").path("p50Ms").asDouble()).isEqualTo(150);
        assertThat(json.path("pipeline").path("catalogChanges").asLong()).isEqualTo(12);
        assertThat(json.path("targets").path("throughputMet").asBoolean()).isFalse();
        assertThat(json.path("targets").path("latencyMet").asBoolean()).isTrue();
    }

    @Test
    void shouldPrintTheTablesAndTheTargets() {
        // Given
        final StringWriter text = new StringWriter();

        // When
        PipelineBenchReport.print(new PrintWriter(text), result());

        // Then
        assertThat(text.toString())
                .contains("raw Kafka", "pipeline (exactly_once_v2)", "20,000", "500", "2.5%")
                .contains("latency at 200 articles/s", "at_least_once", "900")
                .contains("target 2,000 articles/s end to end with exactly_once_v2: NOT met")
                .contains("< 1,000 ms at 200 articles/s with exactly_once_v2: met");
    }

    private static PipelineBenchResult result() {
        final PipelineBenchSettings settings = new PipelineBenchSettings(10_000, 1_000, 50_000, 3, 1, null, 3_000,
                2_000, 10_000, "exactly_once_v2", 200, 30, 42, null, Map.of());
        final Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put(CpuUsage.PROCESSOR, 20.0);
        cpu.put(CpuUsage.SINK, 5.0);
        cpu.put(CpuUsage.BROKER, 8.0);
        cpu.put(CpuUsage.BENCH, 1.0);
        cpu.put(CpuUsage.VM, 3.0);
        return new PipelineBenchResult("pipeline", Instant.parse("2025-01-01T00:00:00Z"),
                new PipelineBenchResult.Machine(2, 6_000, "17.0.15", "OpenJDK 64-Bit Server VM", "Linux amd64", 1.5,
                        2.0),
                settings, "embedded", 3.2, new PipelineBenchResult.Catalog(2_000, 10_000, 1.2, 0.8),
                new PipelineBenchResult.ArticleSizes(11_000, 3_100, 3_500),
                new PipelineBenchResult.Baseline(50_000, 3_500, true, 2.0, 25_000, 2.5, 20_000, 70),
                new PipelineBenchResult.Throughput("exactly_once_v2", 100, 10_000, true, 10_000, 5, 4, 3, 19.5, 20,
                        500, 1.75, 512, 4.2, Latencies.ofNanos(new long[] {1_000_000}), cpu, 0.92, 12),
                0.025,
                List.of(latencyRun("exactly_once_v2", 100, 300, 900, cpu),
                        latencyRun("at_least_once", 30_000, 150, 400, cpu)),
                new PipelineBenchResult.Targets(2_000, false, 1_000, true));
    }

    private static PipelineBenchResult.LatencyRun latencyRun(final String guarantee, final int commitMs,
                                                             final double p50, final double p99,
                                                             final Map<String, Double> cpu) {
        return new PipelineBenchResult.LatencyRun(guarantee, commitMs, 200, 6_000, 30, true, 6_000,
                new Latencies(6_000, p50 / 2, p50 / 2, p99 / 2, p99 / 2, p99),
                new Latencies(6_000, p50, p50, p99 * 0.8, p99, p99 * 1.5), cpu, 0.6, 3);
    }
}
