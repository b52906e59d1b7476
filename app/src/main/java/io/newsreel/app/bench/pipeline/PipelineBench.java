package io.newsreel.app.bench.pipeline;

import io.newsreel.app.bench.ScratchDirectory;
import io.newsreel.app.bench.SyntheticCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs {@code newsreel bench pipeline}: a broker (embedded unless one is named), the raw Kafka baseline, then three
 * pipeline runs, each on fresh topics with Streams applications of its own: the throughput run (articles produced
 * as fast as possible) and two latency runs at a fixed offered rate, exactly-once and at-least-once. Each pipeline
 * run first sends {@code --warmup-articles} and waits until they are in their timelines, so that the first tagger
 * build and the JIT are not measured.
 */
final class PipelineBench {

    private static final int BASELINE_WARMUP = 5_000;

    private final PipelineBenchSettings settings;
    private final PrintWriter progress;

    PipelineBench(final PipelineBenchSettings settings, final PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    PipelineBenchResult run() throws InterruptedException {
        final Instant startedAt = Instant.now();
        final double loadAtStart = PipelineBenchResult.Machine.loadAverage();
        try (ScratchDirectory scratch = ScratchDirectory.create("newsreel-bench-pipeline-")) {
            return run(startedAt, loadAtStart, scratch.path());
        }
    }

    private PipelineBenchResult run(final Instant startedAt, final double loadAtStart, final Path dir)
            throws InterruptedException {
        long start = System.nanoTime();
        final SyntheticCatalog catalog = SyntheticCatalog.generate(settings.seed(), settings.catalogShows(),
                settings.catalogPersons());
        final double catalogSeconds = seconds(start);
        final int warmup = settings.warmupArticles();
        final int count = warmup + Math.max(settings.articles(), settings.latencyArticles());
        start = System.nanoTime();
        final Payloads payloads = Payloads.generate(new PipelineArticles(catalog, settings.seed(),
                settings.recordSize()), count);
        log("generated a catalog of %,d shows and %,d persons (%.1f s) and %,d articles of %,.0f bytes "
                        + "(%,.0f bytes of body) (%.1f s)", settings.catalogShows(), settings.catalogPersons(),
                catalogSeconds, count, payloads.meanValueBytes(), payloads.meanBodyBytes(), seconds(start));

        try (BenchKafka kafka = BenchKafka.start(settings.bootstrapServers(), dir.resolve("kafka"))) {
            log("Kafka: %s%s", kafka.embedded() ? "embedded broker at " : "", kafka.bootstrapServers());
            log("raw Kafka baseline: %,d records through a topic of %d partitions ...", settings.baselineRecords(),
                    settings.partitions());
            final PipelineBenchResult.Baseline raw = RawBaseline.run(kafka, payloads, settings.partitions(),
                    settings.baselineRecords(), Math.min(BASELINE_WARMUP, settings.baselineRecords()));
            log("  %,.0f records/s, %,.1f MB/s end to end", raw.recordsPerSecond(), raw.mbPerSecond());

            final PipelineRun runs = new PipelineRun(kafka, catalog, payloads, settings, dir, progress);
            final PipelineBenchResult.Throughput throughput = runs.throughput(settings.guarantee());
            final List<PipelineBenchResult.LatencyRun> latency = new ArrayList<>();
            for (final String guarantee : PipelineBenchSettings.GUARANTEES) {
                latency.add(runs.latency(guarantee));
            }
            kafka.deleteOwnTopics();

            final PipelineBenchResult.LatencyRun exactlyOnce = latency.stream()
                    .filter(run -> run.guarantee().equals(StreamsConfig.EXACTLY_ONCE_V2)).findFirst().orElseThrow();
            final PipelineBenchResult.Targets targets = new PipelineBenchResult.Targets(
                    PipelineBenchReport.TARGET_ARTICLES_PER_SECOND,
                    throughput.guarantee().equals(StreamsConfig.EXACTLY_ONCE_V2) && throughput.complete()
                            && throughput.articlesPerSecond() >= PipelineBenchReport.TARGET_ARTICLES_PER_SECOND,
                    PipelineBenchReport.TARGET_P99_MILLIS,
                    exactlyOnce.complete() && exactlyOnce.timeline().p99Ms() < PipelineBenchReport.TARGET_P99_MILLIS);
            final PipelineBenchResult.Machine machine = PipelineBenchResult.Machine.current(loadAtStart);
            return new PipelineBenchResult("pipeline", startedAt, machine, settings,
                    kafka.embedded() ? "embedded" : kafka.bootstrapServers(), kafka.startSeconds(),
                    new PipelineBenchResult.Catalog(settings.catalogShows(), settings.catalogPersons(),
                            catalogSeconds, runs.catalogWriteSeconds()),
                    new PipelineBenchResult.ArticleSizes(count, payloads.meanBodyBytes(), payloads.meanValueBytes()),
                    raw, throughput, throughput.articlesPerSecond() / raw.recordsPerSecond(), latency, targets);
        }
    }

    private void log(final String format, final Object... args) {
        progress.printf(Locale.ROOT, format + "%n", args);
        progress.flush();
    }

    private static double seconds(final long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
