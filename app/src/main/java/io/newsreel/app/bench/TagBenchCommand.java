package io.newsreel.app.bench;

import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.serde.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel bench tag}: the processor's tagging throughput on one thread with a catalog of real size, in
 * process (no Kafka): a seeded synthetic catalog and synthetic articles naming its shows and persons.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Measure tagging per core with a big catalog (no Kafka): generate a seeded catalog of "
                + "invented shows and persons and articles naming them, build the tagger once, warm it up and tag "
                + "every article for a number of rounds on one thread.",
                "Prints articles per second, MB of article text per CPU-second, allocation per article and the "
                        + "tags found per article, and writes the figures as JSON."})
final class TagBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shows", defaultValue = "10000",
            description = "Shows in the catalog (default: ${DEFAULT-VALUE}).")
    private int shows;

    @Option(names = "--persons", defaultValue = "50000",
            description = "Persons in the catalog (default: ${DEFAULT-VALUE}).")
    private int persons;

    @Option(names = "--articles", defaultValue = "2000",
            description = "Articles tagged each round (default: ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed of catalog and articles (default: ${DEFAULT-VALUE}).")
    private long seed;

    // The processor runs for days: what counts is the tagger once the JIT is done with it, which after 3 rounds
    // it is not (rounds kept getting faster up to the 13th).
    @Option(names = "--warmup-rounds", defaultValue = "10",
            description = "Rounds tagged before measuring (default: ${DEFAULT-VALUE}).")
    private int warmupRounds;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--out", defaultValue = "bench-tag.json", paramLabel = "FILE",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--print-article", paramLabel = "INDEX",
            description = "Also print this article's text and its tags, to see what the tagger made of it.")
    private Integer printArticle;

    @Override
    public Integer call() throws Exception {
        final TagBenchResult.Settings settings;
        try {
            settings = new TagBenchResult.Settings(shows, persons, articles, seed, warmupRounds, rounds);
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (printArticle != null && (printArticle < 0 || printArticle >= articles)) {
            throw new ParameterException(spec.commandLine(), "--print-article must be within 0.." + (articles - 1));
        }
        final PrintWriter console = spec.commandLine().getOut();
        final TagBench.Outcome outcome = new TagBench(settings, console).run();
        if (printArticle != null) {
            final SyntheticArticles.Planted planted = outcome.articles().get(printArticle);
            final TaggedArticle tagged = outcome.tagged()[printArticle];
            console.printf("%n%s%n%n%s%n%nplanted: shows %s, persons %s, characters %s%n%s%n",
                    planted.article().title(), planted.article().text(), planted.showIds(), planted.personIds(),
                    planted.characters(), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tagged));
        }
        TagBenchReport.print(console, outcome.result());
        TagBenchReport.write(out, outcome.result());
        console.println("Figures written to " + out.toAbsolutePath());
        console.flush();
        return 0;
    }
}
