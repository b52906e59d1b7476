package io.newsreel.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {

    private static final SyntheticCatalog CATALOG = SyntheticCatalog.generate(42, 300, 2_000);

    @Test
    void shouldGiveTheSameArticlesForTheSameSeed() {
        // When
        final List<SyntheticArticles.Planted> articles = SyntheticArticles.generate(CATALOG, 42, 50);
        final List<SyntheticArticles.Planted> again = SyntheticArticles.generate(CATALOG, 42, 50);
        final List<SyntheticArticles.Planted> other = SyntheticArticles.generate(CATALOG, 43, 50);

        // Then
        assertThat(again).isEqualTo(articles);
        assertThat(other.get(7).article().text()).isNotEqualTo(articles.get(7).article().text());
        assertThat(SyntheticArticles.article(CATALOG, 42, 7)).isEqualTo(articles.get(7));
    }

    @Test
    void shouldWriteArticlesOfTwoToFourKilobytes() {
        // When
        final List<SyntheticArticles.Planted> articles = SyntheticArticles.generate(CATALOG, 42, 200);

        // Then
        assertThat(articles).extracting(SyntheticArticles.Planted::textBytes)
                .allSatisfy(bytes -> assertThat(bytes).isBetween(1_900, 4_500));
        assertThat(articles).extracting(planted -> planted.article().id()).doesNotHaveDuplicates();
    }

    @Test
    void shouldNameTheCatalogShowsAndPersonsItPlanted() {
        // When
        final List<SyntheticArticles.Planted> articles = SyntheticArticles.generate(CATALOG, 42, 200);

        // Then: each planted show under its title or an alias, each planted person under some spelling
        assertThat(articles).allSatisfy(planted -> {
            final String text = planted.article().title() + "\n\n" + planted.article().text();
            assertThat(planted.showIds()).hasSize(3);
            assertThat(planted.personIds()).hasSizeGreaterThanOrEqualTo(5);
            planted.showIds().forEach(id -> assertThat(names(show(id))).anyMatch(text::contains));
            planted.personIds().forEach(id -> assertThat(spellings(CATALOG.person(id))).anyMatch(text::contains));
            planted.characters().forEach(character -> assertThat(text).contains(character));
        });
    }

    @Test
    void shouldWriteCastPairsReleaseSentencesAndSpellingVariants() {
        // When
        final String all = String.join("\n", SyntheticArticles.generate(CATALOG, 42, 200).stream()
                .map(planted -> planted.article().text()).toList());

        // Then
        assertThat(all).containsPattern("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+ \\([A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\\)")
                .containsPattern("premieres on [A-Z][a-z]+ \\d{1,2}")
                .containsPattern("two episodes every [A-Z][a-z]+day")
                .containsPattern("the (six|eight|ten|twelve|sixteen)-part series");
    }

    @Test
    void shouldWriteSomePersonsInWesternOrderOrWithoutTheHyphenOnly() {
        // When
        final List<SyntheticArticles.Planted> articles = SyntheticArticles.generate(CATALOG, 42, 200);

        // Then
        final long western = count(articles, name -> SyntheticNames.westernOrder(name));
        final long joined = count(articles, name -> SyntheticNames.hyphenDropped(name, false));
        assertThat(western).isGreaterThan(50);
        assertThat(joined).isGreaterThan(20);
    }

    /** Planted persons an article writes as {@code spelling} gives and never under their catalog name. */
    private static long count(final List<SyntheticArticles.Planted> articles,
                              final UnaryOperator<String> spelling) {
        return articles.stream().mapToLong(planted -> {
            final String text = planted.article().title() + "\n\n" + planted.article().text();
            return planted.personIds().stream().map(CATALOG::person)
                    .filter(person -> !text.contains(person.name()) && text.contains(spelling.apply(person.name())))
                    .count();
        }).sum();
    }

    private static ShowEntry show(final String id) {
        return CATALOG.shows().stream().filter(show -> show.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> names(final ShowEntry show) {
        return Stream.concat(Stream.of(show.title()), show.aliases().stream()).toList();
    }

    private static List<String> spellings(final PersonEntry person) {
        final String western = SyntheticNames.westernOrder(person.name());
        return Stream.concat(Stream.of(person.name(), western, SyntheticNames.hyphenDropped(person.name(), false),
                SyntheticNames.hyphenDropped(person.name(), true), SyntheticNames.hyphenDropped(western, false)),
                person.aliases().stream()).toList();
    }
}
