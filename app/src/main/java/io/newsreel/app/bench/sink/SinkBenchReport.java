package io.newsreel.app.bench.sink;

import io.newsreel.app.bench.Latencies;
import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints and writes the figures of {@code bench sink}. */
final class SinkBenchReport {

    /** The target for reading a show's timeline over HTTP. */
    private static final double TARGET_P99_MS = 20;

    private SinkBenchReport() {
    }

    static void print(final PrintWriter console, final SinkBenchResult result) {
        console.printf("%nSink benchmark (%d cores, Java %s, exactly_once_v2, embedded broker)%n", result.cores(),
                result.javaVersion());
        console.printf("  materialized   %,d article entries in %.1f s: %,.0f entries/s%n", result.articles(),
                result.materializeSeconds(), result.entriesPerSecond());
        console.printf("  HTTP reads of a timeline of %,d entries (%,d requests each, page of %d = %,d bytes)%n",
                result.wholeTimelineEntries(), result.settings().requests(), result.settings().pageSize(),
                result.pageBytes());
        console.printf("    %-30s %8s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "p99 ms", "max ms");
        row(console, "first page", result.firstPage());
        row(console, "page at a random cursor", result.deepPage());
        row(console, "whole timeline, pages of 1000", result.wholeTimeline());
        console.printf("  target: p99 of a page read under %.0f ms: %s%n", TARGET_P99_MS,
                Math.max(result.firstPage().p99Ms(), result.deepPage().p99Ms()) < TARGET_P99_MS ? "met" : "missed");
    }

    static void write(final Path out, final SinkBenchResult result) throws IOException {
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
    }

    private static void row(final PrintWriter console, final String name, final Latencies latencies) {
        console.printf("    %-30s %8.2f %8.2f %8.2f %8.2f%n", name, latencies.p50Ms(), latencies.p95Ms(),
                latencies.p99Ms(), latencies.maxMs());
    }
}
