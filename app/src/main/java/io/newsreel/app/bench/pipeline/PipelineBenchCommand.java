package io.newsreel.app.bench.pipeline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel bench pipeline}: the whole pipeline end to end (raw articles in, timelines out) against what the
 * same Kafka moves without it.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the whole pipeline against raw Kafka, in one JVM: a raw producer and consumer "
                + "moving records of the articles' size (acks=all, idempotent, read_committed); the processor and "
                + "the sink turning synthetic articles into timelines as fast as they can; and produce-to-timeline "
                + "latency at a fixed offered rate, with exactly_once_v2 and with at_least_once.",
                "Each pipeline run starts on fresh topics with application ids of its own: the pipeline's topics "
                        + "are DELETED and created again, so with --bootstrap-servers name a scratch cluster.",
                "Prints the figures and writes them as JSON. Exits 1 when a run stalled before every article was "
                        + "in its timeline."})
public final class PipelineBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", defaultValue = "5000",
            description = "Articles of the throughput run (default: ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--partitions", defaultValue = "3",
            description = "Partitions of every keyed topic, and of the baseline's (default: ${DEFAULT-VALUE}).")
    private int partitions;

    @Option(names = "--stream-threads", defaultValue = "1",
            description = "Stream threads of the processor and of the sink, each (default: ${DEFAULT-VALUE}).")
    private int streamThreads;

    @Option(names = "--commit-interval", paramLabel = "MS",
            description = "Streams commit interval in ms (default: Streams' own, 100 with exactly_once_v2 and "
                    + "30000 with at_least_once).")
    private Integer commitIntervalMs;

    @Option(names = "--record-size", defaultValue = "3000", paramLabel = "BYTES",
            description = "Approximate article body in bytes; the record adds title, URLs and JSON "
                    + "(default: ${DEFAULT-VALUE}).")
    private int recordSize;

    @Option(names = "--catalog-shows", defaultValue = "2000",
            description = "Shows in the synthetic catalog (default: ${DEFAULT-VALUE}).")
    private int catalogShows;

    @Option(names = "--catalog-persons", defaultValue = "10000",
            description = "Persons in the synthetic catalog (default: ${DEFAULT-VALUE}).")
    private int catalogPersons;

    @Option(names = "--guarantee", defaultValue = StreamsConfig.EXACTLY_ONCE_V2,
            description = "Processing guarantee of the throughput run: exactly_once_v2 or at_least_once "
                    + "(default: ${DEFAULT-VALUE}). The latency runs use both.")
    private String guarantee;

    @Option(names = "--rate", defaultValue = "200",
            description = "Articles per second offered in the latency runs (default: ${DEFAULT-VALUE}).")
    private int rate;

    @Option(names = "--latency-seconds", defaultValue = "20",
            description = "How long each latency run offers articles (default: ${DEFAULT-VALUE}).")
    private int latencySeconds;

    @Option(names = "--streams-config", paramLabel = "KEY=VALUE",
            description = {"A further Kafka Streams or client setting for processor and sink, passed through as "
                    + "given; repeat for more (e.g. producer.retry.backoff.ms=10)."})
    private Map<String, String> streamsConfig = new LinkedHashMap<>();

    @Option(names = "--warmup-articles", defaultValue = "500",
            description = "Articles sent and awaited before each pipeline run is measured (default: "
                    + "${DEFAULT-VALUE}).")
    private int warmupArticles;

    @Option(names = "--baseline-records", defaultValue = "50000",
            description = "Records of the raw Kafka baseline (default: ${DEFAULT-VALUE}).")
    private int baselineRecords;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed of catalog and articles (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "A scratch Kafka cluster to use instead of the embedded broker; its newsreel topics are "
                    + "deleted and re-created.")
    private String bootstrapServers;

    @Option(names = {"--output", "--out"}, defaultValue = "bench-pipeline.json", paramLabel = "FILE",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Override
    public Integer call() throws Exception {
        final PipelineBenchSettings settings;
        try {
            settings = new PipelineBenchSettings(articles, warmupArticles, baselineRecords, partitions,
                    streamThreads, commitIntervalMs, recordSize, catalogShows, catalogPersons, guarantee, rate,
                    latencySeconds, seed, bootstrapServers, streamsConfig);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        quietRetriedProduceErrors();
        final PrintWriter console = spec.commandLine().getOut();
        final PipelineBenchResult result = new PipelineBench(settings, console).run();
        PipelineBenchReport.print(console, result);
        PipelineBenchReport.write(output, result);
        console.println("Figures written to " + output.toAbsolutePath());
        console.flush();
        final boolean complete = result.raw().complete() && result.pipeline().complete()
                && result.latency().stream().allMatch(PipelineBenchResult.LatencyRun::complete);
        return complete ? 0 : 1;
    }

    /**
     * With exactly-once on Kafka 4's transactions (version 2), the first batch of a new transaction is often refused
     * with CONCURRENT_TRANSACTIONS while the previous commit finishes, and the batches in flight behind it with an
     * out-of-order sequence; the producer retries them all. The broker logs each refusal at ERROR with a stack trace
     * and the producer each retry at WARN: thousands of lines that would bury the figures. The figures still show
     * their cost (latency) and whether every article got through (the run is incomplete if not).
     */
    private static void quietRetriedProduceErrors() {
        if (LoggerFactory.getLogger("kafka.server.ReplicaManager") instanceof Logger broker) {
            broker.setLevel(Level.OFF);
        }
        if (LoggerFactory.getLogger("org.apache.kafka.clients.producer.internals.Sender") instanceof Logger sender) {
            sender.setLevel(Level.ERROR);
        }
    }
}
