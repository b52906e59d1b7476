package io.newsreel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.serde.JsonSerde;
import io.newsreel.processor.ProcessorService;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.match.Tagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.common.errors.SerializationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel tag}: tags articles with the processor's own tagger and prints the tagged JSON, one line each.
 * Input is plain text (with {@code --title} and {@code --published}) or the JSON lines {@code newsreel fetch}
 * prints ({@code --json}).
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag an article (plain text, or JSON lines from 'newsreel fetch' with --json) and print it.")
public final class TagCommand implements Callable<Integer> {

    private static final JsonSerde<Article> ARTICLES = JsonSerde.of(Article.class);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Input file; standard input when absent or -.")
    private String input;

    @Option(names = "--json", description = "Input is JSON lines of articles, as 'newsreel fetch' prints them.")
    private boolean json;

    @Option(names = "--title", description = "Title of a plain-text article.")
    private String title = "";

    @Option(names = "--published", description = "Publication time of a plain-text article, ISO-8601 with offset "
            + "(default: now); relative dates count from its date at that offset.")
    private OffsetDateTime published;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Extra catalog entries (JSON Lines) on top of the shipped catalog.")
    private Path extraCatalog;

    @Override
    public Integer call() throws IOException {
        final List<CatalogEntry> catalog = catalog();
        final Tagger tagger = Tagger.of(ProcessorService.RULES_VERSION, catalog);
        final PrintWriter out = spec.commandLine().getOut();
        try {
            for (final Article article : articles()) {
                out.println(Json.MAPPER.writeValueAsString(tagger.tag(article)));
            }
        } catch (final SerializationException | JsonProcessingException e) {
            spec.commandLine().getErr().println("Not an article: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private List<CatalogEntry> catalog() throws IOException {
        final List<CatalogEntry> entries = new ArrayList<>(CatalogSeed.load());
        if (extraCatalog != null) {
            try (InputStream in = Files.newInputStream(extraCatalog)) {
                entries.addAll(CatalogSeed.read(in));
            }
        }
        return entries;
    }

    private List<Article> articles() throws IOException {
        final String text;
        try (InputStream in = input == null || input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!json) {
            final Instant at = published == null ? Instant.now() : published.toInstant();
            return List.of(new Article("cli-" + Integer.toHexString(text.hashCode()), 1, null, null, title, null, at,
                    published == null, null, text, null, Instant.now(), List.of(),
                    published == null ? null : published.getOffset()));
        }
        final List<Article> articles = new ArrayList<>();
        final BufferedReader lines = new BufferedReader(new StringReader(text));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                articles.add(ARTICLES.fromBytes(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return articles;
    }
}
