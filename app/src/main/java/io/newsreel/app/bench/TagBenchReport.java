package io.newsreel.app.bench;

import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Prints a {@code bench tag} run as a table, one column per measured round and one for all, and writes the JSON. */
final class TagBenchReport {

    /** The reference target of the tagging issue: article text per second per core. */
    static final double TARGET_MB_PER_CPU_SECOND = 20;

    private static final List<Row<TagBenchResult.Round>> ROUND_ROWS = List.of(
            new Row<>("articles", r -> String.format(Locale.ROOT, "%,d", r.articles())),
            new Row<>("elapsed (s)", r -> fixed(r.wallSeconds(), 2)),
            new Row<>("CPU, tagging thread (s)", r -> fixed(r.cpuSeconds(), 2)),
            new Row<>("articles per second", r -> fixed(r.articlesPerSecond(), 0)),
            new Row<>("MB of text per CPU-second", r -> fixed(r.mbPerCpuSecond(), 2)),
            new Row<>("CPU per article (us)", r -> fixed(r.microsPerArticle(), 0)),
            new Row<>("allocated per article (KiB)", r -> fixed(r.allocatedKiBPerArticle(), 0)),
            new Row<>("GC collections / time (ms)", r -> r.gcCount() + " / " + r.gcMillis()),
            new Row<>("reference scan, MB per CPU-s", r -> fixed(r.referenceMbPerCpuSecond(), 1)),
            new Row<>("tagging in reference scans", r -> fixed(r.costInReferenceScans(), 1)));

    private static final List<Row<TagBenchResult.Tags>> TAG_ROWS = List.of(
            new Row<>("shows from the catalog", t -> fixed(t.catalogShows(), 2) + "  (of which primary "
                    + fixed(t.primaryShows(), 2) + ")"),
            new Row<>("shows discovered", t -> fixed(t.discoveredShows(), 2)),
            new Row<>("persons from the catalog", t -> fixed(t.catalogPersons(), 2)),
            new Row<>("persons discovered", t -> fixed(t.discoveredPersons(), 2)),
            new Row<>("characters", t -> fixed(t.characters(), 2)),
            new Row<>("release events", t -> fixed(t.releaseEvents(), 2) + "  (with a date or window "
                    + fixed(t.datedReleaseEvents(), 2) + ")"),
            new Row<>("planted: shows / persons / characters", t -> fixed(t.plantedShows(), 2) + " / "
                    + fixed(t.plantedPersons(), 2) + " / " + fixed(t.plantedCharacters(), 2)),
            new Row<>("found of planted: shows / persons / chars", t -> percent(t.showRecall()) + " / "
                    + percent(t.personRecall()) + " / " + percent(t.characterRecall())),
            new Row<>("subject show tagged primary", t -> percent(t.subjectRecall())),
            new Row<>("catalog tags not planted: shows / persons", t -> fixed(t.unplantedCatalogShows(), 2)
                    + " / " + fixed(t.unplantedCatalogPersons(), 2)));

    private TagBenchReport() {
    }

    static void print(final PrintWriter out, final TagBenchResult result) {
        final TagBenchResult.Settings s = result.settings();
        final TagBenchResult.CatalogSize c = result.catalog();
        final TagBenchResult.ArticleSet a = result.articles();
        final TagBenchResult.Build b = result.build();
        final Machine m = result.machine();
        out.println();
        out.printf(Locale.ROOT, "newsreel bench tag: seed %d, %d warm-up rounds, %d measured rounds, one thread%n",
                s.seed(), s.warmupRounds(), s.rounds());
        out.printf(Locale.ROOT, "machine: %d cores, max heap %.0f MiB, Java %s (%s), %s%n", m.cores(),
                m.maxHeapMiB(), m.javaVersion(), m.javaVm(), m.os());
        out.printf(Locale.ROOT, "catalog: %,d shows (%,d aliases, %,d credits, %,d with a character), %,d persons "
                        + "(%,d aliases, %,d sharing their name)%n", c.shows(), c.showAliases(), c.credits(),
                c.characters(), c.persons(), c.personAliases(), c.sharedNamePersons());
        out.printf(Locale.ROOT, "articles: %,d, %.2f MB of text, %,.0f bytes each on average%n", a.articles(),
                a.textMB(), a.meanBytes());
        out.printf(Locale.ROOT, "tagger build: %.2f s (%.2f s CPU, %,.0f MiB allocated); heap after GC %.0f MiB "
                        + "before, %.0f MiB after: the tagger holds %.0f MiB%n", b.wallSeconds(), b.cpuSeconds(),
                b.allocatedMiB(), b.heapBeforeMiB(), b.heapAfterMiB(), b.heapHeldMiB());
        out.printf(Locale.ROOT, "reference scan: one Aho-Corasick pass over the lower-cased text for %,d titles and "
                + "names, after each round on the same thread%n%n", result.referencePhrases());
        final List<TagBenchResult.Round> columns = new ArrayList<>(result.rounds());
        columns.add(result.total());
        final String format = "%-30s" + " %12s".repeat(columns.size()) + "%n";
        final List<Object> header = new ArrayList<>(List.of(""));
        columns.forEach(r -> header.add(r.round() == 0 ? "all rounds" : "round " + r.round()));
        out.printf(format, header.toArray());
        for (final Row<TagBenchResult.Round> row : ROUND_ROWS) {
            final List<Object> cells = new ArrayList<>(List.of(row.label()));
            columns.forEach(r -> cells.add(row.value().apply(r)));
            out.printf(format, cells.toArray());
        }
        out.printf(Locale.ROOT, "%ntarget %.0f MB of text per CPU-second: %s (%.2f measured)%n%n",
                TARGET_MB_PER_CPU_SECOND, result.total().mbPerCpuSecond() >= TARGET_MB_PER_CPU_SECOND ? "met"
                        : "NOT met", result.total().mbPerCpuSecond());
        out.println("tags per article (last round):");
        TAG_ROWS.forEach(row -> out.printf("  %-44s %s%n", row.label(), row.value().apply(result.tags())));
        out.println();
        out.flush();
    }

    static void write(final Path file, final TagBenchResult result) {
        try {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), result);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark figures to " + file, e);
        }
    }

    private static String fixed(final double value, final int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String percent(final double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** One line of a table: its label and how to read its value. */
    private record Row<T>(String label, Function<T, String> value) {
    }
}
