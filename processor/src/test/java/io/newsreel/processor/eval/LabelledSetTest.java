package io.newsreel.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.processor.catalog.CatalogSeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The labelled set keeps to its own rules (see {@code labelled/README.md}), so that a miss is the tagger's fault. */
class LabelledSetTest {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> STYLES =
            Set.of("interview", "review", "casting", "schedule", "recap", "feature", "press-conference");

    private final List<LabelledArticle> articles = LabelledSet.articles();

    @Test
    void shouldHoldAtLeastFortyArticlesInEveryStyleAboutMoreThanTenShows() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
        assertThat(articles).extracting(LabelledArticle::style).containsOnlyElementsOf(STYLES)
                .containsAll(STYLES);
        assertThat(articles.stream().flatMap(article -> article.expected().primaryShows().stream())
                .collect(Collectors.toSet())).hasSizeGreaterThan(10);
    }

    @Test
    void shouldLabelConsistently() {
        final SoftAssertions softly = new SoftAssertions();
        for (final LabelledArticle article : articles) {
            final LabelledArticle.Expected expected = article.expected();
            final String text = article.title() + "\n\n" + article.text();
            final Set<String> shows = new HashSet<>(expected.primaryShows());
            softly.assertThat(expected.primaryShows()).as("%s primary shows", article.id()).isNotEmpty();
            softly.assertThat(expected.mentionedShows()).as("%s shows both primary and mentioned", article.id())
                    .noneMatch(shows::contains);
            shows.addAll(expected.mentionedShows());
            shows.forEach(id -> softly.assertThat(id).as("%s show id", article.id()).matches(KEBAB));
            expected.persons().forEach(id -> softly.assertThat(id).as("%s person id", article.id()).matches(KEBAB));
            expected.characters().forEach(name -> softly.assertThat(text).as("%s character", article.id())
                    .contains(name));
            for (final LabelledArticle.ExpectedRelease event : expected.releaseEvents()) {
                softly.assertThat(shows).as("%s event show", article.id()).contains(event.showId());
                softly.assertThat(event.type()).as("%s event type", article.id()).isNotNull();
                softly.assertThat(event.date() == null ^ event.window() == null)
                        .as("%s event %s has exactly one of date and window", article.id(), event).isTrue();
                if (event.window() != null) {
                    softly.assertThat(event.window().from()).as("%s window", article.id())
                            .isBeforeOrEqualTo(event.window().to());
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void shouldAddOnlyNewIdsToTheSeedCatalog() {
        final Set<String> seedKeys = CatalogSeed.load().stream().map(CatalogEntry::key).collect(Collectors.toSet());

        assertThat(LabelledSet.catalog()).isNotEmpty().extracting(CatalogEntry::key)
                .doesNotContainAnyElementsOf(seedKeys).doesNotHaveDuplicates();
    }

    @Test
    void shouldRejectARepeatedArticleIdNamingItsLine() {
        final String line = "{\"id\":\"x1\",\"published\":\"2023-11-28T09:00:00+09:00\",\"expected\":{}}\n";
        final byte[] twice = (line + "\n" + line).getBytes(StandardCharsets.UTF_8);

        final Throwable thrown = catchThrowable(
                () -> LabelledSet.readArticles(new ByteArrayInputStream(twice)));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("Line 3").hasMessageContaining("x1");
    }
}
