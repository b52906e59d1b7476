package io.newsreel.processor.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.serde.Json;
import io.newsreel.processor.catalog.CatalogSeed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The labelled articles and the catalog entries they need beyond the seed catalog, read from the test class path. */
public final class LabelledSet {

    public static final String ARTICLES = "/labelled/articles.jsonl";
    public static final String CATALOG = "/labelled/catalog.jsonl";

    private static final ObjectMapper MAPPER = Json.MAPPER;

    private LabelledSet() {
    }

    public static List<LabelledArticle> articles() {
        try (InputStream in = open(ARTICLES)) {
            return readArticles(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read " + ARTICLES, e);
        }
    }

    public static List<CatalogEntry> catalog() {
        try (InputStream in = open(CATALOG)) {
            return CatalogSeed.read(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read " + CATALOG, e);
        }
    }

    /** Reads JSON Lines of labelled articles; blank lines are skipped, a bad line or a repeated id names its line. */
    public static List<LabelledArticle> readArticles(final InputStream in) throws IOException {
        final List<LabelledArticle> articles = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            final LabelledArticle article;
            try {
                article = MAPPER.readValue(line, LabelledArticle.class);
            } catch (final IOException e) {
                throw new IOException("Line " + lineNumber + " is not a labelled article: " + e.getMessage(), e);
            }
            if (article.id() == null || article.published() == null || article.expected() == null) {
                throw new IOException("Line " + lineNumber + " lacks an id, a publication time or labels");
            }
            if (!ids.add(article.id())) {
                throw new IOException("Line " + lineNumber + " repeats the article id " + article.id());
            }
            articles.add(article);
        }
        return articles;
    }

    private static InputStream open(final String resource) throws IOException {
        final InputStream in = LabelledSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing from the test class path");
        }
        return in;
    }
}
