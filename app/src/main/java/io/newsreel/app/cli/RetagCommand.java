package io.newsreel.app.cli;

import io.newsreel.app.config.SettingConverters;
import io.newsreel.processor.retag.RetagConfig;
import io.newsreel.processor.retag.RetagException;
import io.newsreel.processor.retag.RetagFilter;
import io.newsreel.processor.retag.RetagReport;
import io.newsreel.processor.retag.RetagText;
import io.newsreel.processor.retag.Retagger;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel retag}: replays the raw articles through the current catalog and tagging rules and publishes the
 * corrected tags, so timelines and person pages follow a catalog or rules change. Prints one line per change and a
 * summary with the re-tag rate.
 */
@Command(name = "retag", mixinStandardHelpOptions = true,
        description = "Re-tag the raw articles with the current catalog and rules and publish what changed.")
public final class RetagCommand implements Callable<Integer> {

    @Mixin
    private KafkaOptions kafka;

    @Spec
    private CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only articles published on or after this day (UTC), e.g. 2024-03-01.")
    private LocalDate since;

    @Option(names = "--show", paramLabel = "ID",
            description = "Only articles tagged with this show before or after the re-tag.")
    private String show;

    @Option(names = "--dry-run", description = "Print what would change and publish nothing.")
    private boolean dryRun;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + RetagConfig.DEFAULT_BATCH_SIZE,
            converter = SettingConverters.PositiveInt.class,
            description = "Changed articles per transaction (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--transactional-id", paramLabel = "ID", defaultValue = RetagConfig.DEFAULT_TRANSACTIONAL_ID,
            description = "Transactional id of the publisher; re-tags sharing it never run at once "
                    + "(default: ${DEFAULT-VALUE}).")
    private String transactionalId;

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final RetagConfig config = new RetagConfig(kafka.clientProperties(), new RetagFilter(since, show), dryRun,
                batchSize, transactionalId);
        final RetagReport report;
        try {
            report = new Retagger(config, InstantSource.system()).run(diff -> RetagText.lines(diff)
                    .forEach(out::println));
        } catch (final RetagException e) {
            out.flush();
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        RetagText.summary(report).forEach(out::println);
        out.flush();
        return 0;
    }
}
