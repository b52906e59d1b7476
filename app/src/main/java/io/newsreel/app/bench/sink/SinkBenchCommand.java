package io.newsreel.app.bench.sink;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel bench sink}: how fast the sink materializes timeline entries, and how fast it answers a read of
 * one big show timeline over HTTP.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Measure the sink alone on an embedded broker: publish tagged articles for a few shows (one "
                + "of them with a big timeline) to show-tags, run the sink with exactly_once_v2 until every entry is "
                + "committed, then read the big show's timeline over HTTP many times.",
                "Prints entries materialized per second and p50/p99/max latency of timeline reads (one page, a "
                        + "page deep in the timeline, and the whole timeline page by page), and writes JSON."})
public final class SinkBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--entries", defaultValue = "10000",
            description = "Articles in the big show's timeline (default: ${DEFAULT-VALUE}).")
    private int entries;

    @Option(names = "--other-shows", defaultValue = "9",
            description = "Other shows, each with a tenth as many articles (default: ${DEFAULT-VALUE}).")
    private int otherShows;

    @Option(names = "--requests", defaultValue = "2000",
            description = "Timed HTTP reads of each kind (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--page-size", defaultValue = "200",
            description = "Entries per page read (default: ${DEFAULT-VALUE}, the API's default).")
    private int pageSize;

    @Option(names = "--out", defaultValue = "bench-sink.json", paramLabel = "FILE",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        final SinkBenchSettings settings;
        try {
            settings = new SinkBenchSettings(entries, otherShows, requests, pageSize);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        final PrintWriter console = spec.commandLine().getOut();
        final SinkBenchResult result = new SinkBench(settings, console).run();
        SinkBenchReport.print(console, result);
        SinkBenchReport.write(out, result);
        console.println("Figures written to " + out.toAbsolutePath());
        console.flush();
        return 0;
    }
}
