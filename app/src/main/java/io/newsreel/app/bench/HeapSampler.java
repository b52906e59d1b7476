package io.newsreel.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples heap use every 500 ms and keeps the highest value since the last {@link #takeMax()}: the heap a run
 * needs lies between what is live after a GC and this peak.
 */
final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 500;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong max = new AtomicLong();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "bench-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    HeapSampler() {
        executor.scheduleAtFixedRate(this::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        final long used = memory.getHeapMemoryUsage().getUsed();
        max.accumulateAndGet(used, Math::max);
    }

    /** The highest heap use sampled since the last call, starting over from now. */
    long takeMax() {
        sample();
        return max.getAndSet(0);
    }

    /** Heap in use once a full collection has run: what the run keeps live. */
    long usedAfterGc() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
