package io.newsreel.app.bench;

import io.newsreel.app.console.Progress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Measures one round: from its start until every feed has been answered that round and the articles its feeds
 * listed are committed, or until nothing has moved for {@link #STALL}, which marks the round incomplete instead of
 * hanging the benchmark. CPU and heap figures are taken before the closing full GC, which they must not include.
 */
final class RoundMeter {

    private static final Duration CHECK = Duration.ofMillis(100);
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final int TOP_THREAD_GROUPS = 8;

    private final int feedCount;
    private final PollTracker tracker;
    private final ArticleCounter counter;
    private final HeapSampler heap;
    private final PrintStream progress;

    RoundMeter(final int feedCount, final PollTracker tracker, final ArticleCounter counter, final HeapSampler heap,
               final PrintStream progress) {
        this.feedCount = feedCount;
        this.tracker = tracker;
        this.counter = counter;
        this.heap = heap;
        this.progress = progress;
    }

    /**
     * Runs {@code start} and measures the round it sets off. The clock starts once {@code start} has returned, so
     * that ingest's start-up is not counted as polling.
     */
    RoundResult measure(final int round, final String label, final long expectedArticles, final Runnable start) {
        start.run();
        final long startNanos = System.nanoTime();
        final JvmUsage before = JvmUsage.now();
        final long articlesBefore = counter.articles();
        final long errorsBefore = counter.errors();
        heap.takeMax();

        final boolean complete = awaitEnd(round, label, expectedArticles, startNanos, articlesBefore);

        final long endNanos = System.nanoTime();
        final JvmUsage used = JvmUsage.now().minus(before);
        final long maxHeap = heap.takeMax();
        final long heapAfterGc = heap.usedAfterGc();
        final PollTracker.Traffic traffic = tracker.traffic(round);
        final long articles = counter.articles() - articlesBefore;

        final double pollSeconds = Units.seconds(
                (traffic.completedAtNanos() != 0 ? traffic.completedAtNanos() : endNanos) - startNanos);
        final long lastArticleAt = counter.lastArticleAtNanos();
        final double publishSeconds = articles > 0 ? Units.seconds(lastArticleAt - startNanos) : 0;
        final double xmlMiB = Units.mebibytes(traffic.bodyBytes());
        final double cpu = Units.seconds(used.processCpuNanos());
        final double benchCpu = Units.seconds(used.threadCpu(group -> group.startsWith("bench-")));
        final double ingestCpu = Units.seconds(used.threadCpu(group -> group.startsWith("ingest-")));
        final double threadCpu = Units.seconds(used.threadCpu(group -> true));
        return new RoundResult(round, label, complete, feedCount, traffic.feedsPolled(), traffic.ok(),
                traffic.notModified(), traffic.other(), counter.errors() - errorsBefore,
                pollSeconds, 60 * Units.perSecond(traffic.feedsPolled(), pollSeconds),
                articles, expectedArticles, publishSeconds, Units.perSecond(articles, publishSeconds),
                xmlMiB, Units.perSecond(xmlMiB, pollSeconds),
                cpu, benchCpu, ingestCpu, threadCpu - benchCpu - ingestCpu, Units.seconds(used.vmCpu()),
                Units.perSecond(xmlMiB, cpu - benchCpu), topThreadGroups(used),
                used.gcCount(), used.gcMillis(), used.jitMillis(), Units.mebibytes(heapAfterGc),
                Units.mebibytes(maxHeap));
    }

    /** The thread groups that used the most CPU, most first, in seconds. */
    private static Map<String, Double> topThreadGroups(final JvmUsage used) {
        final Map<String, Double> top = new LinkedHashMap<>();
        used.threadCpuNanos().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(TOP_THREAD_GROUPS)
                .forEach(entry -> top.put(entry.getKey(), Units.seconds(entry.getValue())));
        return top;
    }

    private boolean awaitEnd(final int round, final String label, final long expectedArticles,
                             final long startNanos, final long articlesBefore) {
        long lastChangeNanos = startNanos;
        long lastState = -1;
        try (Progress shown = Progress.onStderr("Round " + round + " (" + label + ") feeds polled", feedCount)) {
            while (true) {
                final PollTracker.Traffic traffic = tracker.traffic(round);
                final long articles = counter.articles() - articlesBefore;
                shown.update(traffic.feedsPolled(), String.format(Locale.ROOT, "%,d of %,d articles", articles,
                        expectedArticles));
                if (traffic.completedAtNanos() != 0 && articles >= expectedArticles) {
                    return true;
                }
                final long now = System.nanoTime();
                final long state = traffic.feedsPolled() + articles + counter.errors();
                if (state != lastState) {
                    lastState = state;
                    lastChangeNanos = now;
                } else if (now - lastChangeNanos > STALL.toNanos()) {
                    progress.printf("Round %d stalled: nothing moved for %d s; reporting what it reached.%n", round,
                            STALL.toSeconds());
                    return false;
                }
                if (!pause()) {
                    return false;
                }
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(CHECK.toMillis());
            return true;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
