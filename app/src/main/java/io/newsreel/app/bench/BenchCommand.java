package io.newsreel.app.bench;

import io.newsreel.app.bench.pipeline.PipelineBenchCommand;
import io.newsreel.app.bench.sink.SinkBenchCommand;
import picocli.CommandLine.Command;

/** {@code newsreel bench}: benchmarks that print figures; each subcommand measures one part of newsreel. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure newsreel's throughput on synthetic data and print the figures.",
        subcommands = {IngestBenchCommand.class, ParseBenchCommand.class, TagBenchCommand.class,
            PipelineBenchCommand.class, SinkBenchCommand.class})
public final class BenchCommand {
}
