package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.serde.JsonSerde;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The catalog shipped with newsreel (JSON Lines of catalog entries), used to seed an empty catalog topic. */
public final class CatalogSeed {

    private static final String RESOURCE = "/catalog/seed.jsonl";
    private static final JsonSerde<CatalogEntry> SERDE = JsonSerde.of(CatalogEntry.class);

    private CatalogSeed() {
    }

    public static List<CatalogEntry> load() {
        try (InputStream in = CatalogSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The seed catalog " + RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read the seed catalog " + RESOURCE, e);
        }
    }

    /** Reads JSON Lines of catalog entries; blank lines are skipped, a bad line names its number. */
    public static List<CatalogEntry> read(final InputStream in) throws IOException {
        final List<CatalogEntry> entries = new ArrayList<>();
        final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(SERDE.fromBytes(line.getBytes(StandardCharsets.UTF_8)));
            } catch (final RuntimeException e) {
                throw new IOException("Line " + lineNumber + " is not a catalog entry: " + e.getMessage(), e);
            }
        }
        return entries;
    }
}
