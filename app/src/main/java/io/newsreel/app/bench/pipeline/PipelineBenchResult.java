package io.newsreel.app.bench.pipeline;

import io.newsreel.app.bench.Latencies;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of {@code newsreel bench pipeline} found, as written to its JSON file. MB are 10^6 bytes of
 * record values (serialized articles); MiB (2^20) are heap. Times are elapsed (wall-clock) seconds unless named CPU.
 *
 * @param benchmark which benchmark ran
 * @param startedAt when the run started
 * @param machine what it ran on
 * @param settings how it was set up
 * @param kafka "embedded" or the bootstrap servers of the external Kafka
 * @param brokerStartSeconds time the embedded broker took to start (0 for an external one)
 * @param catalog the synthetic catalog
 * @param articles the synthetic articles
 * @param raw the raw Kafka baseline
 * @param pipeline the pipeline's throughput run
 * @param pipelineToRawRatio pipeline articles per second divided by raw records per second, end to end
 * @param latency the latency runs, exactly-once first
 * @param targets the targets and whether they were met
 */
record PipelineBenchResult(String benchmark, Instant startedAt, Machine machine, PipelineBenchSettings settings,
                           String kafka, double brokerStartSeconds, Catalog catalog, ArticleSizes articles,
                           Baseline raw, Throughput pipeline, double pipelineToRawRatio, List<LatencyRun> latency,
                           Targets targets) {

    PipelineBenchResult {
        latency = List.copyOf(latency);
    }

    /**
     * What the figures were measured on.
     *
     * @param cores processors available to the JVM
     * @param maxHeapMiB the heap limit
     * @param javaVersion the Java runtime version
     * @param javaVm the virtual machine's name
     * @param os operating system and architecture
     * @param loadAverageAtStart the system's one-minute load average when the run started: above the core count,
     *                           other processes competed for the cores and the figures say less
     * @param loadAverageAtEnd the same when it ended (the benchmark's own load included)
     */
    record Machine(int cores, double maxHeapMiB, String javaVersion, String javaVm, String os,
                   double loadAverageAtStart, double loadAverageAtEnd) {

        /** This machine now, with the load average taken at the start of the run. */
        static Machine current(final double loadAverageAtStart) {
            final Runtime runtime = Runtime.getRuntime();
            return new Machine(runtime.availableProcessors(), runtime.maxMemory() / 1024.0 / 1024.0,
                    System.getProperty("java.version"), System.getProperty("java.vm.name"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadAverageAtStart,
                    loadAverage());
        }

        /** The one-minute system load average, or -1 where the platform has none. */
        static double loadAverage() {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /**
     * The synthetic catalog every run's processor tags with.
     *
     * @param shows shows
     * @param persons persons
     * @param generateSeconds time to generate it
     * @param writeSeconds time to write it to the catalog topic, per run
     */
    record Catalog(int shows, int persons, double generateSeconds, double writeSeconds) {
    }

    /**
     * The synthetic articles, the same in every run.
     *
     * @param generated articles generated (warm-up and measured)
     * @param meanBodyBytes mean body, UTF-8 bytes
     * @param meanRecordBytes mean record value: the article serialized as on {@code raw-articles}
     */
    record ArticleSizes(int generated, double meanBodyBytes, double meanRecordBytes) {
    }

    /**
     * The raw Kafka baseline.
     *
     * @param records records measured (after the warm-up pass)
     * @param recordBytes mean value bytes per record
     * @param complete whether every record was consumed
     * @param produceSeconds until the producer had every record acknowledged
     * @param producedPerSecond records per second acknowledged to the producer
     * @param seconds from the first send until the consumer had every record
     * @param recordsPerSecond records per second end to end
     * @param mbPerSecond value MB per second end to end
     */
    record Baseline(int records, double recordBytes, boolean complete, double produceSeconds,
                    double producedPerSecond, double seconds, double recordsPerSecond, double mbPerSecond) {
    }

    /**
     * The pipeline's throughput run: articles produced as fast as possible, timed until every one is in its show's
     * timeline.
     *
     * @param guarantee the processing guarantee of processor and sink
     * @param commitIntervalMs their commit interval
     * @param articles articles measured (after the warm-up)
     * @param complete whether every one reached its timeline
     * @param visible how many did
     * @param startSeconds time to start processor and sink (topics, catalog store restored)
     * @param warmupSeconds time until the warm-up articles were in their timelines (includes the first tagger
     *                      build)
     * @param produceSeconds until the producer had every article acknowledged
     * @param taggedSeconds from the first send until every article's tags were committed
     * @param seconds from the first send until every article was in its timeline
     * @param articlesPerSecond articles per second end to end
     * @param mbPerSecond article MB per second end to end
     * @param taggedPerSecond articles per second through the processor alone
     * @param timelineRecordsPerArticle entries written on {@code timelines} per article (every show it names,
     *                                  release and episode entries)
     * @param latency produce to timeline per article; in a run that sends everything at once this is mostly
     *                queueing
     * @param cpuSeconds CPU seconds by part of the JVM during the measured run
     * @param cpuUtilization process CPU over elapsed time times cores: 1 is every core busy
     * @param catalogChanges catalog entries the processor proposed (discoveries) during the run; each change makes
     *                       it rebuild its tagger, at most every two seconds
     */
    record Throughput(String guarantee, int commitIntervalMs, int articles, boolean complete, int visible,
                      double startSeconds, double warmupSeconds, double produceSeconds, double taggedSeconds,
                      double seconds, double articlesPerSecond, double mbPerSecond, double taggedPerSecond,
                      double timelineRecordsPerArticle, Latencies latency, Map<String, Double> cpuSeconds,
                      double cpuUtilization, long catalogChanges) {

        Throughput {
            cpuSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(cpuSeconds));
        }
    }

    /**
     * One latency run: articles offered at a fixed rate to a warmed-up pipeline.
     *
     * @param guarantee the processing guarantee of processor and sink
     * @param commitIntervalMs their commit interval
     * @param offeredRate articles per second offered
     * @param articles articles offered
     * @param sendSeconds time the producer took to offer them
     * @param complete whether every one reached its timeline
     * @param visible how many did
     * @param tagged produce to tags committed on {@code tagged-articles}: the processor's share
     * @param timeline produce to entry committed on {@code timelines}: the whole pipeline
     * @param cpuSeconds CPU seconds by part of the JVM while offering
     * @param cpuUtilization process CPU over elapsed time times cores
     * @param catalogChanges catalog entries the processor proposed while articles were offered
     */
    record LatencyRun(String guarantee, int commitIntervalMs, int offeredRate, int articles, double sendSeconds,
                      boolean complete, int visible, Latencies tagged, Latencies timeline,
                      Map<String, Double> cpuSeconds, double cpuUtilization, long catalogChanges) {

        LatencyRun {
            cpuSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(cpuSeconds));
        }
    }

    /**
     * The targets.
     *
     * @param articlesPerSecond end-to-end throughput wanted with exactly-once
     * @param throughputMet whether the throughput run reached it (with exactly-once)
     * @param p99Millis 99th percentile produce-to-timeline wanted at the offered rate, with exactly-once
     * @param latencyMet whether the exactly-once latency run stayed under it
     */
    record Targets(double articlesPerSecond, boolean throughputMet, double p99Millis, boolean latencyMet) {
    }
}
