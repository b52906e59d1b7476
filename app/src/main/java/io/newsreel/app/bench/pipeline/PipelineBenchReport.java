package io.newsreel.app.bench.pipeline;

import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsConfig;

/** Prints a {@code bench pipeline} run as tables and writes its JSON. */
final class PipelineBenchReport {

    /** The throughput target: articles per second end to end with exactly-once. */
    static final double TARGET_ARTICLES_PER_SECOND = 2_000;
    /** The latency target: 99th percentile produce to timeline, at the offered rate, with exactly-once. */
    static final double TARGET_P99_MILLIS = 1_000;

    private static final List<Row<PipelineBenchResult.LatencyRun>> LATENCY_ROWS = List.of(
            new Row<>("commit interval (ms)", r -> number(r.commitIntervalMs(), 0)),
            new Row<>("articles in their timelines", r -> number(r.visible(), 0) + " of " + number(r.articles(), 0)),
            new Row<>("offered for (s)", r -> number(r.sendSeconds(), 1)),
            new Row<>("produce -> tagged p50 / p99 (ms)", r -> number(r.tagged().p50Ms(), 0) + " / "
                    + number(r.tagged().p99Ms(), 0)),
            new Row<>("produce -> timeline p50 (ms)", r -> number(r.timeline().p50Ms(), 0)),
            new Row<>("                    p95 (ms)", r -> number(r.timeline().p95Ms(), 0)),
            new Row<>("                    p99 (ms)", r -> number(r.timeline().p99Ms(), 0)),
            new Row<>("                    max (ms)", r -> number(r.timeline().maxMs(), 0)),
            new Row<>("                   mean (ms)", r -> number(r.timeline().meanMs(), 0)),
            new Row<>("CPU busy (share of all cores)", r -> percent(r.cpuUtilization())),
            new Row<>("catalog changes (discoveries)", r -> number(r.catalogChanges(), 0)));

    private PipelineBenchReport() {
    }

    static void print(final PrintWriter out, final PipelineBenchResult result) {
        final PipelineBenchSettings s = result.settings();
        final PipelineBenchResult.Machine m = result.machine();
        final PipelineBenchResult.Baseline raw = result.raw();
        final PipelineBenchResult.Throughput p = result.pipeline();
        out.println();
        out.printf(Locale.ROOT, "newsreel bench pipeline: %s Kafka, %d partitions, %d stream thread(s) each in "
                        + "processor and sink, seed %d%n", result.kafka(), s.partitions(), s.streamThreads(),
                s.seed());
        out.printf(Locale.ROOT, "machine: %d cores, max heap %,.0f MiB, Java %s (%s), %s; load average %.1f at "
                        + "start, %.1f at end%s%n", m.cores(), m.maxHeapMiB(), m.javaVersion(), m.javaVm(), m.os(),
                m.loadAverageAtStart(), m.loadAverageAtEnd(),
                m.loadAverageAtStart() > m.cores() / 2.0 ? " (other processes were competing for the cores)" : "");
        out.printf(Locale.ROOT, "catalog: %,d shows, %,d persons; articles: %,.0f bytes as records (%,.0f bytes of "
                        + "body), %,d warm-up articles before each pipeline run%n%n", result.catalog().shows(),
                result.catalog().persons(), result.articles().meanRecordBytes(), result.articles().meanBodyBytes(),
                s.warmupArticles());

        final String format = "%-38s %16s %28s%n";
        out.printf(format, "throughput", "raw Kafka", "pipeline (" + p.guarantee() + ")");
        out.printf(format, "records / articles", number(raw.records(), 0),
                number(p.visible(), 0) + (p.complete() ? "" : " of " + number(p.articles(), 0)));
        out.printf(format, "elapsed, first send to last seen (s)", number(raw.seconds(), 2), number(p.seconds(), 2));
        out.printf(format, "per second, end to end", number(raw.recordsPerSecond(), 0),
                number(p.articlesPerSecond(), 0));
        out.printf(format, "MB per second, end to end", number(raw.mbPerSecond(), 1), number(p.mbPerSecond(), 2));
        out.printf(format, "pipeline / raw", "", percent(result.pipelineToRawRatio()));
        out.printf(format, "produced per second (acks=all)", number(raw.producedPerSecond(), 0),
                number(p.articles() / p.produceSeconds(), 0));
        out.printf(format, "tagged per second (processor)", "", number(p.taggedPerSecond(), 0));
        out.printf(format, "timeline entries per article", "", number(p.timelineRecordsPerArticle(), 1));
        out.printf(format, "CPU busy (share of all cores)", "", percent(p.cpuUtilization()));
        out.printf(format, "commit interval (ms)", "", number(p.commitIntervalMs(), 0));
        out.printf(format, "catalog changes (discoveries)", "", number(p.catalogChanges(), 0));
        out.println();

        final List<PipelineBenchResult.LatencyRun> runs = result.latency();
        final String latencyFormat = "%-38s" + " %18s".repeat(runs.size()) + "%n";
        final List<Object> header = new ArrayList<>(List.of(String.format(Locale.ROOT, "latency at %,d articles/s",
                s.rate())));
        runs.forEach(run -> header.add(run.guarantee()));
        out.printf(latencyFormat, header.toArray());
        for (final Row<PipelineBenchResult.LatencyRun> row : LATENCY_ROWS) {
            final List<Object> cells = new ArrayList<>(List.of(row.label()));
            runs.forEach(run -> cells.add(row.value().apply(run)));
            out.printf(latencyFormat, cells.toArray());
        }
        out.println();

        final String cpuFormat = "%-38s %16s" + " %18s".repeat(runs.size()) + "%n";
        final List<Object> cpuHeader = new ArrayList<>(List.of("CPU seconds by part", "throughput"));
        runs.forEach(run -> cpuHeader.add("latency, " + run.guarantee()));
        out.printf(cpuFormat, cpuHeader.toArray());
        for (final String part : p.cpuSeconds().keySet()) {
            final List<Object> cells = new ArrayList<>(List.of(part, number(p.cpuSeconds().get(part), 1)));
            runs.forEach(run -> cells.add(number(run.cpuSeconds().getOrDefault(part, 0.0), 1)));
            out.printf(cpuFormat, cells.toArray());
        }
        out.println();

        final PipelineBenchResult.Targets t = result.targets();
        out.printf(Locale.ROOT, "target %,.0f articles/s end to end with exactly_once_v2: %s (%,.0f measured%s)%n",
                t.articlesPerSecond(), t.throughputMet() ? "met" : "NOT met", p.articlesPerSecond(),
                p.guarantee().equals(StreamsConfig.EXACTLY_ONCE_V2) ? "" : " with " + p.guarantee());
        final PipelineBenchResult.LatencyRun eos = runs.stream()
                .filter(run -> run.guarantee().equals(StreamsConfig.EXACTLY_ONCE_V2)).findFirst().orElseThrow();
        out.printf(Locale.ROOT, "target p99 produce to timeline < %,.0f ms at %,d articles/s with exactly_once_v2: "
                + "%s (%,.0f ms measured)%n%n", t.p99Millis(), s.rate(), t.latencyMet() ? "met" : "NOT met",
                eos.timeline().p99Ms());
        out.flush();
    }

    static void write(final Path file, final PipelineBenchResult result) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), result);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark figures to " + file, e);
        }
    }

    private static String number(final double value, final int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String percent(final double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** One line of a table: its label and how to read its value. */
    private record Row<T>(String label, Function<T, String> value) {
    }
}
