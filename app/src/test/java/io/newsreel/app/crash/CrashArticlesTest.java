package io.newsreel.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.ProcessorService;
import io.newsreel.processor.catalog.Catalog;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.catalog.TaggerVersion;
import io.newsreel.processor.match.Tagger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The crash tests' articles are tagged as planted, so a loss or a duplicate there is the pipeline's doing. */
class CrashArticlesTest {

    private static final List<CrashArticles.Planted> ARTICLES = CrashArticles.generate(5_000, 10, 7);

    @Test
    void shouldBeTaggedWithTheirShowOnlyAndTheirPressConference() {
        // Given
        final List<CatalogEntry> catalog = CatalogSeed.load();
        final Tagger tagger = new Tagger(Catalog.of(catalog), TaggerVersion.of(ProcessorService.RULES_VERSION,
                catalog));

        for (final CrashArticles.Planted planted : ARTICLES) {
            // When
            final TaggedArticle tagged = tagger.tag(article(planted));

            // Then
            assertThat(tagged.shows()).as("shows of %s", planted).extracting(ShowTag::id)
                    .containsExactly(planted.showId());
            assertThat(tagged.releaseEvents()).as("release events of %s", planted)
                    .allSatisfy(event -> assertThat(event.showId()).isEqualTo(planted.showId()))
                    .extracting(event -> event.type() + " " + event.date() + " s" + event.season())
                    .containsExactlyElementsOf(planted.conference() == null ? List.of()
                            : List.of(ReleaseType.PRESS_CONFERENCE + " " + planted.conference() + " snull"));
        }
    }

    @Test
    void shouldGiveEveryConferenceFourReportsAndEveryShowAFifth() {
        final Map<String, Long> reports = ARTICLES.stream().filter(planted -> planted.conference() != null)
                .collect(Collectors.groupingBy(planted -> planted.showId() + " " + planted.conference(),
                        Collectors.counting()));
        assertThat(reports).hasSize(ARTICLES.size() / 10 / 4).allSatisfy((conference, count) ->
                assertThat(count).as(conference).isEqualTo(4));
        assertThat(ARTICLES.stream().collect(Collectors.groupingBy(CrashArticles.Planted::showId,
                Collectors.counting()))).hasSize(5).containsOnlyKeys(CrashArticles.SHOWS).allSatisfy((show, count) ->
                assertThat(count).as(show).isEqualTo(ARTICLES.size() / 5L));
        assertThat(ARTICLES.stream().map(CrashArticles.Planted::id).collect(Collectors.toMap(Function.identity(),
                id -> 1, Integer::sum))).hasSize(ARTICLES.size());
    }

    static Article article(final CrashArticles.Planted planted) {
        return new Article(planted.id(), 1, planted.url(), "https://crash.example/feed",
                planted.title(), null, planted.published(), false, null, planted.text(), "en", planted.published());
    }
}
