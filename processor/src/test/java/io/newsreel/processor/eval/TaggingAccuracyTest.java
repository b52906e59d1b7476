package io.newsreel.processor.eval;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.processor.catalog.Catalog;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.match.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Runs the tagger over the labelled articles with the seed catalog plus {@code labelled/catalog.jsonl} and holds it
 * to the accuracy newsreel needs. The table and every article's misses are printed and written to
 * {@code target/tagging-accuracy.txt}.
 */
class TaggingAccuracyTest {

    private static final double PRIMARY_SHOW_F1 = 0.95;
    private static final double PERSON_F1 = 0.90;
    private static final double EXACT_RELEASE_DATES = 0.90;

    @Test
    void shouldTagTheLabelledArticlesAsACarefulReaderWould() throws IOException {
        // Given
        final List<CatalogEntry> entries = new ArrayList<>(CatalogSeed.load());
        entries.addAll(LabelledSet.catalog());
        final Tagger tagger = new Tagger(Catalog.of(entries), "eval");

        // When
        final EvaluationReport report = TaggingEvaluation.evaluate(LabelledSet.articles(), tagger::tag);

        // Then
        final String printed = report.table() + System.lineSeparator() + report.details();
        System.out.println(printed);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "tagging-accuracy.txt"), printed, StandardCharsets.UTF_8);

        final SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.score(Category.PRIMARY_SHOWS).f1()).as("primary show F1")
                .isGreaterThanOrEqualTo(PRIMARY_SHOW_F1);
        softly.assertThat(report.score(Category.PERSONS).f1()).as("person F1").isGreaterThanOrEqualTo(PERSON_F1);
        softly.assertThat(report.exactDateShare()).as("share of labelled release events with the exact date")
                .isGreaterThanOrEqualTo(EXACT_RELEASE_DATES);
        softly.assertThat(report.charactersTaggedAsPersons()).as("characters tagged as persons").isZero();
        softly.assertAll();
    }
}
