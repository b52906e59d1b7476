package io.newsreel.app.bench.pipeline;

import io.newsreel.app.bench.Latencies;
import io.newsreel.app.bench.SyntheticCatalog;
import io.newsreel.app.console.Progress;
import io.newsreel.contract.topic.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The pipeline runs of {@code bench pipeline}. Each run resets the topics, writes the catalog, starts a processor
 * and a sink with application ids of its own, sends the warm-up articles (indexes {@code 0} to {@code warmup - 1}) as
 * fast as possible and waits until they are all in their timelines; then it measures the articles after them.
 */
final class PipelineRun {

    /** A run gives up when no article has reached its timeline for this long. */
    private static final Duration STALL = Duration.ofSeconds(60);

    private final BenchKafka kafka;
    private final SyntheticCatalog catalog;
    private final Payloads payloads;
    private final PipelineBenchSettings settings;
    private final Path dir;
    private final PrintWriter progress;
    private double catalogWriteSeconds;

    PipelineRun(final BenchKafka kafka, final SyntheticCatalog catalog, final Payloads payloads,
                final PipelineBenchSettings settings, final Path dir, final PrintWriter progress) {
        this.kafka = kafka;
        this.catalog = catalog;
        this.payloads = payloads;
        this.settings = settings;
        this.dir = dir;
        this.progress = progress;
    }

    /** Articles produced as fast as the producer takes them, timed until every one is in its timeline. */
    PipelineBenchResult.Throughput throughput(final String guarantee) throws InterruptedException {
        final int from = settings.warmupArticles();
        final int to = from + settings.articles();
        log("pipeline throughput (%s): %,d articles as fast as possible ...", guarantee, settings.articles());
        try (Started run = start("throughput", guarantee)) {
            final long[] sentAt = new long[to];
            final CpuUsage cpuBefore = run.cpu();
            final long catalogBefore = run.watcher.catalogRecords();
            final long start = System.nanoTime();
            run.sender.sendAll(payloads, from, to, sentAt);
            run.sender.flush();
            final double produceSeconds = (System.nanoTime() - start) / 1e9;
            final boolean complete = await(run.watcher, to, "throughput");
            final long end = System.nanoTime();
            final CpuUsage cpuAfter = run.cpu();
            // A run that stalled is timed to when it gave up.
            final long lastVisible = complete ? last(from, to, run.watcher::visibleAt) : end;
            final long lastTagged = Math.max(last(from, to, run.watcher::taggedAt), complete ? 0 : end);
            final double seconds = (lastVisible - start) / 1e9;
            final double taggedSeconds = (lastTagged - start) / 1e9;
            final int visible = run.watcher.visible() - from;
            final PipelineBenchResult.Throughput result = new PipelineBenchResult.Throughput(guarantee,
                    commitInterval(guarantee), settings.articles(), complete, visible, run.startSeconds,
                    run.warmupSeconds, produceSeconds, taggedSeconds, seconds, visible / seconds,
                    payloads.meanValueBytes() * visible / 1e6 / seconds, (run.watcher.tagged() - from) / taggedSeconds,
                    run.watcher.timelineRecords() / (double) to,
                    Latencies.ofNanos(latencies(from, to, sentAt, run.watcher::visibleAt)),
                    cpuAfter.secondsSince(cpuBefore), utilization(cpuAfter, cpuBefore, end - start),
                    run.watcher.catalogRecords() - catalogBefore);
            log("  %,.0f articles/s end to end (%,.0f/s tagged), %,d of %,d in their timelines after %.1f s",
                    result.articlesPerSecond(), result.taggedPerSecond(), visible, settings.articles(), seconds);
            return result;
        }
    }

    /** Articles offered at the settings' rate for the settings' seconds, each timed to its timeline. */
    PipelineBenchResult.LatencyRun latency(final String guarantee) throws InterruptedException {
        final int from = settings.warmupArticles();
        final int to = from + settings.latencyArticles();
        log("pipeline latency (%s): %,d articles/s for %d s ...", guarantee, settings.rate(),
                settings.latencySeconds());
        try (Started run = start("latency-" + (guarantee.equals(StreamsConfig.AT_LEAST_ONCE) ? "alos" : "eos"),
                guarantee)) {
            final long[] sentAt = new long[to];
            final CpuUsage cpuBefore = run.cpu();
            final long catalogBefore = run.watcher.catalogRecords();
            final long start = System.nanoTime();
            run.sender.sendPaced(payloads, from, to, settings.rate(), sentAt);
            final double sendSeconds = (System.nanoTime() - start) / 1e9;
            final CpuUsage cpuAfter = run.cpu();
            run.sender.flush();
            final boolean complete = await(run.watcher, to, "latency");
            final PipelineBenchResult.LatencyRun result = new PipelineBenchResult.LatencyRun(guarantee,
                    commitInterval(guarantee), settings.rate(), to - from, sendSeconds, complete,
                    run.watcher.visible() - from,
                    Latencies.ofNanos(latencies(from, to, sentAt, run.watcher::taggedAt)),
                    Latencies.ofNanos(latencies(from, to, sentAt, run.watcher::visibleAt)),
                    cpuAfter.secondsSince(cpuBefore),
                    utilization(cpuAfter, cpuBefore, (long) (sendSeconds * 1e9)),
                    run.watcher.catalogRecords() - catalogBefore);
            log("  produce to timeline p50 %,.0f ms, p99 %,.0f ms, max %,.0f ms", result.timeline().p50Ms(),
                    result.timeline().p99Ms(), result.timeline().maxMs());
            return result;
        }
    }

    double catalogWriteSeconds() {
        return catalogWriteSeconds;
    }

    private int commitInterval(final String guarantee) {
        return settings.commitIntervalMs() != null ? settings.commitIntervalMs()
                : PipelineServices.defaultCommitIntervalMs(guarantee);
    }

    /** Fresh topics and catalog, processor and sink started, the watcher reading, the warm-up in the timelines. */
    private Started start(final String name, final String guarantee) throws InterruptedException {
        kafka.resetTopics(settings.partitions());
        long start = System.nanoTime();
        kafka.writeCatalog(catalog.entries());
        catalogWriteSeconds = (System.nanoTime() - start) / 1e9;
        final Map<String, Object> client = kafka.clientProperties();
        final String runId = kafka.prefix() + name;
        start = System.nanoTime();
        final PipelineServices services = new PipelineServices(client, runId, dir.resolve("state").resolve(name),
                guarantee, settings.streamThreads(), settings.commitIntervalMs(), settings.streamsConfig());
        Started started = null;
        try {
            services.start();
            final double startSeconds = (System.nanoTime() - start) / 1e9;
            started = new Started(services, new ArticleSender(client, Topics.RAW_ARTICLES.name(),
                    "bench-pipeline-sender"), new TimelineWatcher(client, payloads, "bench-pipeline-watcher"),
                    startSeconds);
            start = System.nanoTime();
            started.sender.sendAll(payloads, 0, settings.warmupArticles(), new long[settings.warmupArticles()]);
            started.sender.flush();
            if (!await(started.watcher, settings.warmupArticles(), "warm-up")) {
                throw new IllegalStateException("Only " + started.watcher.visible() + " of "
                        + settings.warmupArticles() + " warm-up articles reached their timelines; the pipeline is "
                        + "not working, there is nothing to measure");
            }
            started.warmupSeconds = (System.nanoTime() - start) / 1e9;
            log("  processor and sink started in %.1f s, %,d warm-up articles in their timelines after %.1f s",
                    startSeconds, settings.warmupArticles(), started.warmupSeconds);
            return started;
        } catch (final RuntimeException | InterruptedException e) {
            if (started != null) {
                started.close();
            } else {
                services.close();
            }
            throw e;
        }
    }

    /** Waits until {@code count} articles are in their timelines, showing progress; false when it stalled. */
    private boolean await(final TimelineWatcher watcher, final int count, final String what)
            throws InterruptedException {
        final boolean complete;
        try (Progress shown = Progress.onStderr("  " + what + ": articles in their timelines", count)) {
            complete = watcher.awaitVisible(count, STALL, visible -> shown.update(visible,
                    String.format(Locale.ROOT, "%,d tagged", watcher.tagged())));
        }
        if (!complete) {
            log("  %s stalled: %,d of %,d articles in their timelines (%,d tagged), none for %d s", what,
                    watcher.visible(), count, watcher.tagged(), STALL.toSeconds());
        }
        return complete;
    }

    private static long last(final int from, final int to, final IntToLongFunction at) {
        return IntStream.range(from, to).mapToLong(at).max().orElse(0);
    }

    /** Produce-to-{@code at} of every article that got there. */
    private static long[] latencies(final int from, final int to, final long[] sentAt,
                                    final IntToLongFunction at) {
        return IntStream.range(from, to).filter(i -> at.applyAsLong(i) != 0)
                .mapToLong(i -> at.applyAsLong(i) - sentAt[i]).toArray();
    }

    private static double utilization(final CpuUsage after, final CpuUsage before, final long elapsedNanos) {
        return (after.processNanos() - before.processNanos())
                / ((double) elapsedNanos * Runtime.getRuntime().availableProcessors());
    }

    private void log(final String format, final Object... args) {
        progress.printf(Locale.ROOT, format + "%n", args);
        progress.flush();
    }

    /** A started run: its services, its producer and its watcher, closed in reverse. */
    private static final class Started implements AutoCloseable {

        private final PipelineServices services;
        private final ArticleSender sender;
        private final TimelineWatcher watcher;
        private final double startSeconds;
        private double warmupSeconds;

        Started(final PipelineServices services, final ArticleSender sender, final TimelineWatcher watcher,
                final double startSeconds) {
            this.services = services;
            this.sender = sender;
            this.watcher = watcher;
            this.startSeconds = startSeconds;
        }

        CpuUsage cpu() {
            return CpuUsage.now(services.processorAppId(), services.sinkAppId());
        }

        @Override
        public void close() {
            try (services; sender; watcher) {
                // Closes the watcher, the sender and the services, in that order, whatever fails.
            }
        }
    }
}
