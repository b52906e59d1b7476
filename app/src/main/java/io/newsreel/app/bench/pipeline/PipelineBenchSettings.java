package io.newsreel.app.bench.pipeline;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How one run of {@code bench pipeline} is set up, as given on the command line and written to the JSON.
 *
 * @param articles articles of the throughput run
 * @param warmupArticles articles sent, and awaited in the timelines, before each measured run
 * @param baselineRecords records of the raw Kafka baseline
 * @param partitions partitions of every keyed topic (and of the baseline's topic)
 * @param streamThreads stream threads of the processor and of the sink, each
 * @param commitIntervalMs Streams' commit interval, or null for Streams' default (100 ms with exactly-once, 30 s
 *                         with at-least-once)
 * @param recordSize approximate bytes of article body
 * @param catalogShows shows in the synthetic catalog
 * @param catalogPersons persons in the synthetic catalog
 * @param guarantee processing guarantee of the throughput run
 * @param rate offered articles per second of the latency runs
 * @param latencySeconds how long each latency run offers articles
 * @param seed seed of catalog and articles
 * @param bootstrapServers an external Kafka, or null for the embedded broker
 * @param streamsConfig further Streams or client settings for processor and sink, passed through as given
 */
record PipelineBenchSettings(int articles, int warmupArticles, int baselineRecords, int partitions,
                             int streamThreads, Integer commitIntervalMs, int recordSize, int catalogShows,
                             int catalogPersons, String guarantee, int rate, int latencySeconds, long seed,
                             String bootstrapServers, Map<String, String> streamsConfig) {

    static final List<String> GUARANTEES = List.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE);

    PipelineBenchSettings {
        streamsConfig = Collections.unmodifiableMap(new TreeMap<>(streamsConfig));
        if (articles < 1 || warmupArticles < 1 || baselineRecords < 1 || partitions < 1 || streamThreads < 1
                || recordSize < 0 || rate < 1 || latencySeconds < 1) {
            throw new IllegalArgumentException("need --articles, --warmup-articles, --baseline-records, "
                    + "--partitions, --stream-threads, --rate and --latency-seconds >= 1 and --record-size >= 0");
        }
        if (commitIntervalMs != null && commitIntervalMs < 0) {
            throw new IllegalArgumentException("--commit-interval must be >= 0 ms");
        }
        if (catalogShows < 1 || catalogPersons < 20) {
            throw new IllegalArgumentException("need --catalog-shows >= 1 and --catalog-persons >= 20");
        }
        if (!GUARANTEES.contains(guarantee)) {
            throw new IllegalArgumentException("--guarantee must be one of " + GUARANTEES + ", was " + guarantee);
        }
    }

    /** Articles each latency run offers after its warm-up. */
    int latencyArticles() {
        return rate * latencySeconds;
    }
}
