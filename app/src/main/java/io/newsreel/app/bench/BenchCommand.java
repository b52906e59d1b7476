package io.newsreel.app.bench;

import picocli.CommandLine.Command;

/** {@code newsreel bench}: benchmarks that print figures; each subcommand measures one part of newsreel. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure newsreel's throughput on synthetic data and print the figures.",
        subcommands = {IngestBenchCommand.class, ParseBenchCommand.class, TagBenchCommand.class})
public final class BenchCommand {
}
