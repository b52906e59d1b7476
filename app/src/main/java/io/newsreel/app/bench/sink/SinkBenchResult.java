package io.newsreel.app.bench.sink;

import io.newsreel.app.bench.Latencies;

/**
 * The figures of one {@code bench sink} run.
 *
 * @param settings what it ran with
 * @param cores processors available to the JVM
 * @param javaVersion the Java runtime
 * @param articles articles materialized, each one timeline entry
 * @param materializeSeconds from the first publish to the last entry committed
 * @param entriesPerSecond article entries materialized per second
 * @param pageBytes size of one page of the big show's timeline as JSON
 * @param wholeTimelineEntries entries of the big show's timeline read by one whole read (articles and releases)
 * @param firstPage latency of reading the first page
 * @param deepPage latency of reading a page at a random place, by cursor
 * @param wholeTimeline latency of reading the whole timeline, page after page of the largest size
 */
record SinkBenchResult(SinkBenchSettings settings, int cores, String javaVersion, int articles,
                       double materializeSeconds, double entriesPerSecond, long pageBytes, int wholeTimelineEntries,
                       Latencies firstPage, Latencies deepPage, Latencies wholeTimeline) {
}
