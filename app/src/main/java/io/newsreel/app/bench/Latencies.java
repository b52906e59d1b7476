package io.newsreel.app.bench;

import java.util.Arrays;

/**
 * The distribution of a set of latencies, in milliseconds. Percentiles are nearest-rank: the p-th percentile is the
 * smallest measured value that at least p% of the values do not exceed, so it is always a value that was measured.
 *
 * @param count latencies measured
 * @param meanMs their mean
 * @param p50Ms median
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs the largest
 */
public record Latencies(int count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    public static final Latencies NONE = new Latencies(0, 0, 0, 0, 0, 0);

    /** The distribution of these latencies, in nanoseconds; the array is left as it was. */
    public static Latencies ofNanos(final long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        final long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        final double mean = Arrays.stream(sorted).average().orElse(0);
        return new Latencies(sorted.length, mean / NANOS_PER_MILLI, millis(sorted, 50), millis(sorted, 95),
                millis(sorted, 99), sorted[sorted.length - 1] / NANOS_PER_MILLI);
    }

    /** The nearest-rank {@code percent}-th percentile of sorted values. */
    static long percentile(final long[] sorted, final double percent) {
        if (sorted.length == 0 || percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("need values and a percentile in (0, 100], had " + sorted.length
                    + " values and " + percent);
        }
        final int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(final long[] sorted, final double percent) {
        return percentile(sorted, percent) / NANOS_PER_MILLI;
    }
}
