package io.newsreel.app.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.newsreel.ingest.IngestConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsreel bench ingest}: ingest's throughput against thousands of local synthetic feeds. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Measure ingest: serve synthetic RSS feeds on 127.0.0.1, subscribe them all, run ingest "
                + "against a Kafka broker and report two rounds: cold (every feed new) and warm (most feeds "
                + "unchanged, answered 304).",
                "Exits 1 when a round stalled before every feed was polled and every article published."})
final class IngestBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--feeds", defaultValue = "10000", description = "Feeds served (default: ${DEFAULT-VALUE}).")
    private int feeds;

    @Option(names = "--items", defaultValue = "20", description = "Items per feed (default: ${DEFAULT-VALUE}).")
    private int items;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the feed text (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--changed-ratio", defaultValue = "0.1",
            description = "Share of feeds with new items in round 2 (default: ${DEFAULT-VALUE}).")
    private double changedRatio;

    @Option(names = "--fetch-threads", defaultValue = "0",
            description = "Ingest's fetch threads (default: ingest's own default).")
    private int fetchThreads;

    @Option(names = "--per-host-fetches", defaultValue = "0",
            description = {"Ingest's limit of fetches at once per host (default: ${DEFAULT-VALUE}, no limit). Every "
                    + "synthetic feed is on 127.0.0.1, where real feeds are spread over many hosts; give ingest's "
                    + "default (2) to see what one host serving many feeds gets."})
    private int perHostFetches;

    @Option(names = "--server-threads", defaultValue = "4",
            description = "Threads of the local feed server (default: ${DEFAULT-VALUE}).")
    private int serverThreads;

    @Option(names = "--poll-interval", defaultValue = "PT15M",
            description = {"Poll interval of every subscription, ISO-8601 (default: ${DEFAULT-VALUE}). Round 2 "
                    + "does not wait it out: the benchmark moves ingest's clock past it. It must outlast round 1, "
                    + "or early feeds are polled again before round 1 ends."})
    private Duration pollInterval;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka instead of an embedded broker; a scratch cluster, since every benchmark "
                    + "article lands on its raw-articles topic.")
    private String bootstrapServers;

    @Option(names = "--out", defaultValue = "bench-ingest.json", paramLabel = "FILE",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
        final IngestBenchSettings settings;
        try {
            settings = new IngestBenchSettings(feeds, items, seed, changedRatio,
                    fetchThreads > 0 ? fetchThreads : IngestConfig.defaults(Map.of()).fetchThreads(), perHostFetches,
                    serverThreads, pollInterval, bootstrapServers, out);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        quietIngestLog();
        final BenchResult result = new IngestBench(settings, System.out).run();
        BenchReport.print(System.out, result);
        BenchReport.write(out, result);
        System.out.println("Figures written to " + out.toAbsolutePath());
        return result.complete() ? 0 : 1;
    }

    /**
     * Ingest logs a line for every feed that brings new articles: 10,000 a round here. They would bury the progress
     * lines, and writing them would add to the CPU time measured. Warnings (failing feeds) still show.
     */
    private static void quietIngestLog() {
        if (LoggerFactory.getLogger("io.newsreel.ingest") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }
}
