package io.newsreel.app.cli;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.catalog.CatalogWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsreel catalog}: the shows and persons tagging knows; a running processor uses changes at once. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Manage the catalog of shows and persons.",
        subcommands = {CatalogCommand.Add.class, CatalogCommand.Import.class, CatalogCommand.ListEntries.class})
public final class CatalogCommand {

    /** {@code newsreel catalog add show|person}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a show or a person.",
            subcommands = {CatalogCommand.AddShow.class, CatalogCommand.AddPerson.class})
    static final class Add {
    }

    /** {@code newsreel catalog add show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Add or replace a show.")
    static final class AddShow implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Option(names = "--id", required = true, description = "Stable id, e.g. soundtrack-2.")
        private String id;

        @Option(names = "--title", required = true)
        private String title;

        @Option(names = "--alias", description = "Another title it is known by; repeatable.")
        private List<String> aliases = new ArrayList<>();

        @Option(names = "--platform")
        private String platform;

        @Option(names = "--network")
        private String network;

        @Option(names = "--year")
        private Integer year;

        @Override
        public Integer call() {
            write(kafka, new ShowEntry(id, title, aliases, year, platform, network, List.of(), List.of(), false));
            spec.commandLine().getOut().println("Show " + id + " written to the catalog");
            return 0;
        }
    }

    /** {@code newsreel catalog add person}. */
    @Command(name = "person", mixinStandardHelpOptions = true, description = "Add or replace a person.")
    static final class AddPerson implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Option(names = "--id", required = true, description = "Stable id, e.g. keum-sae-rok.")
        private String id;

        @Option(names = "--name", required = true, description = "Canonical name.")
        private String name;

        @Option(names = "--alias", description = "Another spelling or stage name; repeatable.")
        private List<String> aliases = new ArrayList<>();

        @Option(names = "--role", description = "actor, director, writer, singer...; repeatable.")
        private List<String> roles = new ArrayList<>();

        @Override
        public Integer call() {
            write(kafka, new PersonEntry(id, name, aliases, roles, Map.of(), false));
            spec.commandLine().getOut().println("Person " + id + " written to the catalog");
            return 0;
        }
    }

    /** {@code newsreel catalog import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add or replace every entry of a JSON Lines file (the shipped catalog's format).")
    static final class Import implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() throws IOException {
            final List<CatalogEntry> entries;
            try (InputStream in = Files.newInputStream(file)) {
                entries = CatalogSeed.read(in);
            }
            write(kafka, entries.toArray(CatalogEntry[]::new));
            spec.commandLine().getOut().println(entries.size() + " entries written to the catalog");
            return 0;
        }
    }

    /** {@code newsreel catalog list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the catalog.")
    static final class ListEntries implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            final Map<String, CatalogEntry> entries =
                    CompactedTopicReader.latest(kafka.clientProperties(), Topics.CATALOG);
            final PrintWriter out = spec.commandLine().getOut();
            entries.values().stream().sorted(Comparator.comparing(CatalogEntry::key)).forEach(entry -> {
                if (entry instanceof ShowEntry show) {
                    out.printf("show    %-28s %s%s%n", show.id(), show.title(), aliases(show.aliases()));
                } else if (entry instanceof PersonEntry person) {
                    out.printf("person  %-28s %s%s%n", person.id(), person.name(), aliases(person.aliases()));
                }
            });
            return 0;
        }

        private static String aliases(final List<String> aliases) {
            return aliases.isEmpty() ? "" : "  (" + String.join(", ", aliases) + ")";
        }
    }

    private static void write(final KafkaOptions kafka, final CatalogEntry... entries) {
        try (Admin admin = Admin.create(kafka.clientProperties());
             CatalogWriter writer = new CatalogWriter(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.CATALOG));
            writer.write(List.of(entries));
        }
    }
}
