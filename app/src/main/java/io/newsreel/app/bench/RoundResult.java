package io.newsreel.app.bench;

import java.util.Map;

/**
 * The figures of one round. MiB are 2^20 bytes; of feed XML, as served (uncompressed). CPU is split as
 * {@link JvmUsage} explains; "per CPU-second" divides by the process's CPU time minus the benchmark's own threads,
 * so it covers everything ingest costs in this JVM, the broker's work for it included.
 *
 * @param round 1 or 2
 * @param label what the round stands for
 * @param complete false when the round was given up because nothing moved for a while
 * @param feeds feeds subscribed
 * @param feedsPolled feeds whose request of this round was answered
 * @param ok 200 answers
 * @param notModified 304 answers
 * @param otherStatus other answers
 * @param ingestErrors records ingest wrote on {@code ingest-errors}
 * @param pollSeconds from the round's start until every feed had been answered
 * @param feedsPerMinute feeds polled per minute of {@code pollSeconds}
 * @param articles records committed on {@code raw-articles}
 * @param articlesExpected new items the round's feeds listed
 * @param publishSeconds from the round's start until the last article was committed
 * @param articlesPerSecond articles per second of {@code publishSeconds}
 * @param xmlMiB feed XML served
 * @param xmlMiBPerSecond feed XML per second of {@code pollSeconds}
 * @param cpuSeconds CPU time of the whole JVM
 * @param benchCpuSeconds of that, the benchmark's "bench-" threads (feed generation and serving, counting)
 * @param ingestThreadCpuSeconds of that, ingest's "ingest-" threads (scheduling, fetching, parsing, publishing)
 * @param otherThreadCpuSeconds of that, the other Java threads: broker, Kafka and HTTP client I/O
 * @param vmCpuSeconds of that, what no Java thread accounts for: GC, JIT, VM
 * @param xmlMiBPerCpuSecond feed XML per CPU-second spent outside the benchmark's threads
 * @param cpuSecondsByThreads the thread groups that used the most CPU, most first
 * @param gcCount collections during the round
 * @param gcMillis time spent collecting during the round
 * @param jitMillis elapsed time of the round's compilations, summed over the JIT's threads: a sign of how busy
 *                  the JIT still was, not its CPU time (on a loaded machine its threads wait for a core too)
 * @param heapAfterGcMiB heap in use after a full GC at the end of the round
 * @param maxHeapUsedMiB highest heap use sampled during the round
 */
record RoundResult(
        int round,
        String label,
        boolean complete,
        int feeds,
        long feedsPolled,
        long ok,
        long notModified,
        long otherStatus,
        long ingestErrors,
        double pollSeconds,
        double feedsPerMinute,
        long articles,
        long articlesExpected,
        double publishSeconds,
        double articlesPerSecond,
        double xmlMiB,
        double xmlMiBPerSecond,
        double cpuSeconds,
        double benchCpuSeconds,
        double ingestThreadCpuSeconds,
        double otherThreadCpuSeconds,
        double vmCpuSeconds,
        double xmlMiBPerCpuSecond,
        Map<String, Double> cpuSecondsByThreads,
        long gcCount,
        long gcMillis,
        long jitMillis,
        double heapAfterGcMiB,
        double maxHeapUsedMiB) {
}
