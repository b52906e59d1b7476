package io.newsreel.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU and GC time of this JVM at one moment; two of them make a round's cost. The broker, the feed server and ingest
 * share the JVM, so CPU is also kept per group of threads, a group being a thread name with its numbers blanked
 * ({@code ingest-fetch}, {@code bench-feeds-#}, {@code data-plane-kafka-request-handler-#}): that is what tells
 * where the time went. What no live Java thread accounts for is GC, the JIT and other VM threads (and threads that
 * ended between two snapshots, which is why pools rather than short-lived threads are worth attributing).
 *
 * @param processCpuNanos CPU time of the whole process
 * @param threadCpuNanos CPU time of live Java threads, by group
 * @param gcCount collections so far
 * @param gcMillis time spent collecting so far
 * @param jitMillis elapsed time of compilations so far, summed over the JIT's threads; on a short run, the JIT's
 *                  CPU time is much of what no Java thread accounts for
 */
record JvmUsage(long processCpuNanos, Map<String, Long> threadCpuNanos, long gcCount, long gcMillis,
                long jitMillis) {

    JvmUsage {
        threadCpuNanos = Map.copyOf(threadCpuNanos);
    }

    static JvmUsage now() {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Map<String, Long> byGroup = new HashMap<>();
        for (final ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) { // null: ended since the ids were listed
                final long cpu = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                byGroup.merge(group(info.getThreadName()), cpu, Long::sum);
            }
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (final GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, collector.getCollectionCount());
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        final long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported()
                ? jit.getTotalCompilationTime() : 0;
        return new JvmUsage(processCpuTime(), byGroup, gcCount, gcMillis, jitMillis);
    }

    /** A thread name without its numbers or identity hashes, so that a pool's threads add up. */
    static String group(final String threadName) {
        return threadName.replaceAll("@[0-9a-fA-F]+", "@").replaceAll("\\d+", "#");
    }

    private static long processCpuTime() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** What was spent between {@code earlier} and this; a group new since then started from nothing. */
    JvmUsage minus(final JvmUsage earlier) {
        final Map<String, Long> spent = new HashMap<>();
        threadCpuNanos.forEach((group, cpu) -> spent.put(group, cpu - earlier.threadCpuNanos.getOrDefault(group, 0L)));
        return new JvmUsage(processCpuNanos - earlier.processCpuNanos, spent, gcCount - earlier.gcCount,
                gcMillis - earlier.gcMillis, jitMillis - earlier.jitMillis);
    }

    /** CPU time of the thread groups whose names match. */
    long threadCpu(final Predicate<String> groups) {
        return threadCpuNanos.entrySet().stream().filter(entry -> groups.test(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** CPU time no live Java thread accounts for: GC, JIT, other VM threads. */
    long vmCpu() {
        return processCpuNanos - threadCpu(group -> true);
    }
}
