package io.newsreel.app.bench.pipeline;

import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The processor and the sink of one measured run, as {@code newsreel run} starts them, with application ids and
 * state directories of the run's own so that no two runs share offsets, transactions or state. The Streams settings
 * under test go through the services' {@code kafka} properties, which pass any Streams setting on. The processor does
 * not seed its shipped catalog: the benchmark writes its synthetic one.
 */
final class PipelineServices implements AutoCloseable {

    private final ProcessorService processor;
    private final SinkService sink;
    private final String processorAppId;
    private final String sinkAppId;

    PipelineServices(final Map<String, Object> kafka, final String runId, final Path stateDir,
                     final String guarantee, final int streamThreads, final Integer commitIntervalMs,
                     final Map<String, String> moreStreamsConfig) {
        final Map<String, Object> streams = new HashMap<>(kafka);
        streams.putAll(moreStreamsConfig);
        streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        streams.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        if (commitIntervalMs != null) {
            streams.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        }
        this.processorAppId = runId + "-processor";
        this.sinkAppId = runId + "-sink";
        this.processor = new ProcessorService(new ProcessorConfig(streams, processorAppId,
                stateDir.resolve("processor"), false));
        this.sink = new SinkService(new SinkConfig(streams, sinkAppId, stateDir.resolve("sink"), "127.0.0.1", 0,
                "127.0.0.1"));
    }

    /** Starts both and returns once both process records. */
    void start() {
        processor.start();
        sink.start();
    }

    String processorAppId() {
        return processorAppId;
    }

    String sinkAppId() {
        return sinkAppId;
    }

    /** The commit interval Streams uses for this guarantee when none is set. */
    static int defaultCommitIntervalMs(final String guarantee) {
        return StreamsConfig.AT_LEAST_ONCE.equals(guarantee) ? 30_000 : 100;
    }

    @Override
    public void close() {
        try {
            sink.close();
        } finally {
            processor.close();
        }
    }
}
