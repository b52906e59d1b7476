package io.newsreel.app.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM at one moment, split by who spent it; two of them make a run's cost. Broker, processor, sink
 * and the benchmark's own clients share the JVM, and their threads are told apart by name: the Streams applications'
 * threads (stream threads and their clients' network threads) carry their application id, the benchmark's threads
 * and clients are named "bench-pipeline-" with a role, and the rest is the broker (and the JVM's idle odds and ends).
 * What no live Java thread accounts for is GC, the JIT and other VM threads.
 *
 * @param processNanos CPU time of the whole process
 * @param byPart CPU time of live Java threads, by part: processor, sink, bench clients, broker
 */
record CpuUsage(long processNanos, Map<String, Long> byPart) {

    static final String PROCESSOR = "processor";
    static final String SINK = "sink";
    static final String BENCH = "bench clients";
    static final String BROKER = "broker and other threads";
    static final String VM = "GC, JIT, VM";

    CpuUsage {
        byPart = Map.copyOf(byPart);
    }

    static CpuUsage now(final String processorAppId, final String sinkAppId) {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Map<String, Long> byPart = new LinkedHashMap<>();
        for (final ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) { // null: ended since the ids were listed
                final long cpu = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                byPart.merge(part(info.getThreadName(), processorAppId, sinkAppId), cpu, Long::sum);
            }
        }
        return new CpuUsage(processCpu(), byPart);
    }

    static String part(final String threadName, final String processorAppId, final String sinkAppId) {
        if (threadName.contains(processorAppId)) {
            return PROCESSOR;
        } else if (threadName.contains(sinkAppId)) {
            return SINK;
        } else if (threadName.contains("bench-pipeline-")) {
            return BENCH;
        }
        return BROKER;
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * CPU seconds spent since {@code earlier}, by part, in a fixed order, with {@link #VM} for what no thread
     * accounts for.
     */
    Map<String, Double> secondsSince(final CpuUsage earlier) {
        final Map<String, Double> seconds = new LinkedHashMap<>();
        long threads = 0;
        for (final String part : new String[] {PROCESSOR, SINK, BROKER, BENCH}) {
            final long spent = byPart.getOrDefault(part, 0L) - earlier.byPart.getOrDefault(part, 0L);
            threads += spent;
            seconds.put(part, spent / 1e9);
        }
        seconds.put(VM, Math.max(0, processNanos - earlier.processNanos - threads) / 1e9);
        return seconds;
    }
}
