package io.newsreel.app.bench;

import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** Prints a run's figures as a table, one column per round, and writes them as JSON. */
final class BenchReport {

    private static final List<Row> ROWS = List.of(
            new Row("feeds polled", r -> count(r.feedsPolled()) + " of " + count(r.feeds())),
            new Row("answers 200 / 304 / other", r -> count(r.ok()) + " / " + count(r.notModified()) + " / "
                    + count(r.otherStatus())),
            new Row("time to poll every feed (s)", r -> fixed(r.pollSeconds(), 1)),
            new Row("feeds per minute", r -> count(Math.round(r.feedsPerMinute()))),
            new Row("articles published", r -> count(r.articles()) + " of " + count(r.articlesExpected())),
            new Row("time to publish them (s)", r -> fixed(r.publishSeconds(), 1)),
            new Row("articles per second", r -> count(Math.round(r.articlesPerSecond()))),
            new Row("feed XML served (MiB)", r -> fixed(r.xmlMiB(), 1)),
            new Row("feed XML per second (MiB/s)", r -> fixed(r.xmlMiBPerSecond(), 2)),
            new Row("CPU, whole JVM (s)", r -> fixed(r.cpuSeconds(), 1)),
            new Row("  feed server and bench threads", r -> fixed(r.benchCpuSeconds(), 1)),
            new Row("  ingest- threads", r -> fixed(r.ingestThreadCpuSeconds(), 1)),
            new Row("  other threads: broker, clients", r -> fixed(r.otherThreadCpuSeconds(), 1)),
            new Row("  GC, JIT, VM", r -> fixed(r.vmCpuSeconds(), 1)),
            new Row("feed XML per CPU-second (MiB)", r -> fixed(r.xmlMiBPerCpuSecond(), 2)),
            new Row("GC collections / time (ms)", r -> count(r.gcCount()) + " / " + count(r.gcMillis())),
            new Row("JIT compiling, elapsed (ms)", r -> count(r.jitMillis())),
            new Row("heap after GC (MiB)", r -> fixed(r.heapAfterGcMiB(), 0)),
            new Row("max heap used (MiB)", r -> fixed(r.maxHeapUsedMiB(), 0)),
            new Row("ingest errors", r -> count(r.ingestErrors())),
            new Row("complete", r -> r.complete() ? "yes" : "NO (stalled)"));

    private BenchReport() {
    }

    static void print(final PrintStream out, final BenchResult result) {
        final IngestBenchSettings s = result.settings();
        final Machine m = result.machine();
        out.println();
        out.printf(Locale.ROOT, "newsreel bench ingest: %,d feeds x %d items, seed %d, %.0f%% changed, "
                        + "%d fetch threads, Kafka %s%n", s.feeds(), s.items(), s.seed(), 100 * s.changedRatio(),
                s.fetchThreads(), result.kafka());
        out.printf(Locale.ROOT, "machine: %d cores, max heap %.0f MiB, Java %s (%s), %s%n", m.cores(),
                m.maxHeapMiB(), m.javaVersion(), m.javaVm(), m.os());
        out.printf(Locale.ROOT, "set-up: broker %.1f s, subscriptions %.1f s, ingest start %.1f s; heap after GC "
                        + "before ingest started %.0f MiB (broker, feed server)%n%n", result.brokerStartSeconds(),
                result.subscribeSeconds(), result.ingestStartSeconds(), result.heapBeforeIngestMiB());
        final List<RoundResult> rounds = result.rounds();
        final String format = "%-36s" + " %22s".repeat(rounds.size()) + "%n";
        out.printf(format, line("", rounds, r -> "round " + r.round() + " (" + r.label() + ")"));
        ROWS.forEach(row -> out.printf(format, line(row.label(), rounds, row.value())));
        for (final RoundResult round : rounds) {
            out.printf("%nCPU by thread group, round %d (s):%n", round.round());
            round.cpuSecondsByThreads().forEach((group, seconds) ->
                    out.printf(Locale.ROOT, "  %8.1f  %s%n", seconds, group));
        }
        out.println();
    }

    private static Object[] line(final String label, final List<RoundResult> rounds,
                                 final Function<RoundResult, String> value) {
        return Stream.concat(Stream.of(label), rounds.stream().map(value)).toArray();
    }

    static void write(final Path file, final BenchResult result) {
        try {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), result);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark figures to " + file, e);
        }
    }

    private static String count(final long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String fixed(final double value, final int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** One line of the table: its label and how to read its value from a round. */
    private record Row(String label, Function<RoundResult, String> value) {
    }
}
