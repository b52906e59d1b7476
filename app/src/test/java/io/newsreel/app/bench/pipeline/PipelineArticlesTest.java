package io.newsreel.app.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.app.bench.SyntheticCatalog;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.Catalog;
import io.newsreel.processor.match.Tagger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineArticlesTest {

    private static final SyntheticCatalog CATALOG = SyntheticCatalog.generate(42, 300, 2_000);
    private static final int ARTICLES = 200;

    /** The articles of seed 42 with 3,000-byte bodies, and what the processor's tagger makes of them. */
    private static List<PipelineArticles.Planted> planted;
    private static List<TaggedArticle> tagged;

    @BeforeAll
    static void tagWithTheRealTagger() {
        final Tagger tagger = new Tagger(Catalog.of(CATALOG.entries()), "test");
        planted = generate(new PipelineArticles(CATALOG, 42, 3_000));
        tagged = planted.stream().map(p -> tagger.tag(p.article())).toList();
    }

    @Test
    void shouldGiveTheSameArticlesForTheSameSeed() {
        // Given
        final PipelineArticles articles = new PipelineArticles(CATALOG, 42, 3_000);

        // When
        final List<PipelineArticles.Planted> first = generate(articles);
        final List<PipelineArticles.Planted> again = generate(new PipelineArticles(CATALOG, 42, 3_000));
        final List<PipelineArticles.Planted> otherSeed = generate(new PipelineArticles(CATALOG, 43, 3_000));

        // Then
        assertThat(again).isEqualTo(first);
        assertThat(articles.article(17)).isEqualTo(first.get(17));
        assertThat(otherSeed.get(17).article().text()).isNotEqualTo(first.get(17).article().text());
        assertThat(first).extracting(planted -> planted.article().id()).doesNotHaveDuplicates();
    }

    @Test
    void shouldWriteBodiesOfAboutTheSizeAsked() {
        // When
        final List<PipelineArticles.Planted> small = generate(new PipelineArticles(CATALOG, 42, 1_000));
        final List<PipelineArticles.Planted> large = generate(new PipelineArticles(CATALOG, 42, 8_000));

        // Then
        assertThat(small).allSatisfy(planted -> assertThat(bodyBytes(planted)).isBetween(900, 1_500));
        assertThat(large).allSatisfy(planted -> assertThat(bodyBytes(planted)).isBetween(8_000, 8_500));
    }

    @Test
    void shouldBeTaggedByTheRealTaggerWithItsShowAsTheSubject() {
        // Then: every article reaches its show's timeline, almost always as the subject
        final long primary = IntStream.range(0, ARTICLES).filter(i -> tagged.get(i).shows().stream()
                .anyMatch(show -> show.id().equals(planted.get(i).showId())
                        && show.salience() == Salience.PRIMARY)).count();
        IntStream.range(0, ARTICLES).forEach(i -> assertThat(tagged.get(i).shows()).extracting(ShowTag::id)
                .as("shows of %s", planted.get(i).article().text()).contains(planted.get(i).showId()));
        assertThat(primary).isGreaterThanOrEqualTo(ARTICLES * 95L / 100);
    }

    @Test
    void shouldBeTaggedWithThePersonsAndThePremiereItStates() {
        // Then: the persons under whatever spelling, the premiere resolved against the publication day
        final long persons = IntStream.range(0, ARTICLES).mapToLong(i -> planted.get(i).personIds().stream()
                .filter(id -> tagged.get(i).persons().stream().map(PersonTag::id).anyMatch(id::equals)).count())
                .sum();
        final long premieres = IntStream.range(0, ARTICLES).filter(i -> tagged.get(i).releaseEvents().stream()
                .anyMatch(event -> event.showId().equals(planted.get(i).showId())
                        && planted.get(i).premiere().equals(event.date()))).count();
        assertThat(persons).isGreaterThanOrEqualTo(ARTICLES * 3L * 90 / 100);
        assertThat(premieres).isGreaterThanOrEqualTo(ARTICLES * 95L / 100);
    }

    @Test
    void shouldWriteThePremiereRelativeToThePublicationDay() {
        // Given
        final LocalDate thursday = LocalDate.of(2024, 12, 5);

        // When
        final List<String> phrases = IntStream.range(0, 300).mapToObj(i -> PipelineArticles.releasePhrase(
                new SplittableRandom(i), thursday, thursday.plusDays(1 + i % 3))).distinct().toList();
        final List<String> nextMonth = IntStream.range(0, 100).mapToObj(i -> PipelineArticles.releasePhrase(
                new SplittableRandom(i), thursday, LocalDate.of(2025, 1, 6))).distinct().toList();

        // Then
        assertThat(phrases).contains("tomorrow", "this Friday", "this Saturday", "on the 6th", "starting December 6",
                "on December 7", "on the 8th");
        assertThat(nextMonth).containsExactlyInAnyOrder("starting January 6", "on January 6");
        assertThat(PipelineArticles.ordinal(1)).isEqualTo("1st");
        assertThat(PipelineArticles.ordinal(12)).isEqualTo("12th");
        assertThat(PipelineArticles.ordinal(23)).isEqualTo("23rd");
    }

    @Test
    void shouldSpellNamesAsOutletsDo() {
        assertThat(NameSpellings.otherRomanization("Keum Sae-rok")).isEqualTo("Geum Sae-rok");
        assertThat(NameSpellings.otherRomanization("Jeong Hyeon-woo")).isEqualTo("Jung Hyun-woo");
        assertThat(NameSpellings.otherRomanization("Choi Min-ji")).isEqualTo("Choi Min-ji");
        assertThat(NameSpellings.westernOrder("Keum Sae-rok")).isEqualTo("Sae-rok Keum");
        assertThat(NameSpellings.hyphenDropped("Keum Sae-rok")).isEqualTo("Keum Saerok");
    }

    private static List<PipelineArticles.Planted> generate(final PipelineArticles articles) {
        return IntStream.range(0, ARTICLES).mapToObj(articles::article).toList();
    }

    private static int bodyBytes(final PipelineArticles.Planted planted) {
        return planted.article().text().getBytes(StandardCharsets.UTF_8).length;
    }
}
