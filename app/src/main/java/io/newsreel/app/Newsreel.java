package io.newsreel.app;

import io.newsreel.app.bench.BenchCommand;
import io.newsreel.app.cli.CatalogCommand;
import io.newsreel.app.cli.FeedsCommand;
import io.newsreel.app.cli.FetchCommand;
import io.newsreel.app.cli.RetagCommand;
import io.newsreel.app.cli.RunCommand;
import io.newsreel.app.cli.ServiceCommands;
import io.newsreel.app.cli.SubscribeCommand;
import io.newsreel.app.cli.TagCommand;
import io.newsreel.app.config.SettingErrorHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsreel} command. */
@Command(name = "newsreel", mixinStandardHelpOptions = true, version = "newsreel 0.1.0",
        description = "Streaming news aggregator for TV series.",
        subcommands = {RunCommand.class, ServiceCommands.Ingest.class, ServiceCommands.Processor.class,
                ServiceCommands.Sink.class, FeedsCommand.class, FetchCommand.class, CatalogCommand.class,
                TagCommand.class, RetagCommand.class, SubscribeCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Newsreel {

    public static void main(final String[] args) {
        System.exit(new CommandLine(new Newsreel()).setParameterExceptionHandler(new SettingErrorHandler())
                .execute(args));
    }
}
