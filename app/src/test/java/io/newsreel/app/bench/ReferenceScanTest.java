package io.newsreel.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReferenceScanTest {

    @Test
    void shouldCountEveryOccurrenceOfEveryTitleAndNameAsSearchingForEachWouldFindIt() {
        // Given
        final SyntheticCatalog catalog = SyntheticCatalog.generate(7, 40, 200);
        final Article[] articles = SyntheticArticles.generate(catalog, 7, 5).stream()
                .map(SyntheticArticles.Planted::article).toArray(Article[]::new);
        final Set<String> phrases = new TreeSet<>();
        catalog.shows().stream().map(ShowEntry::title).forEach(title -> phrases.add(lowerCase(title)));
        catalog.persons().stream().map(PersonEntry::name).forEach(name -> phrases.add(lowerCase(name)));

        // When
        final ReferenceScan scan = new ReferenceScan(catalog, articles);

        // Then
        long expected = 0;
        for (final Article article : articles) {
            final String text = lowerCase(article.title() + "\n\n" + article.text());
            for (final String phrase : phrases) {
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    expected++;
                }
            }
        }
        assertThat(expected).as("the articles name catalog entries").isPositive();
        assertThat(scan.scanAll()).isEqualTo(expected);
        assertThat(scan.phrases()).isEqualTo(phrases.size());
    }

    private static String lowerCase(final String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
