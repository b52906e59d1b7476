package io.newsreel.ingest.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.ingest.normalize.ArticleIds;
import io.newsreel.ingest.normalize.UrlCanonicalizer;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ArticleIds} on anything an item can carry, nulls included: an id is always 24 hex digits, the same item
 * always gets the same id, and a GUID that is a link gives the id its canonical link gives, from whichever feed,
 * so two feeds syndicating one story agree.
 */
class ArticleIdsPropertyTest {

    @Property(tries = 1000)
    void shouldAlwaysGiveTwentyFourHexDigitsAndTheSameForTheSameItem(
            @ForAll("feeds") final String feed, @ForAll("guids") final String guid, @ForAll("urls") final String url,
            @ForAll("texts") final String title, @ForAll("instants") final Instant published) {
        final String canonical = UrlCanonicalizer.canonicalize(url);

        final String id = ArticleIds.idFor(feed, guid, canonical, title, published);

        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(ArticleIds.idFor(copy(feed), copy(guid), copy(canonical), copy(title), published)).isEqualTo(id);
    }

    @Property(tries = 1000)
    void shouldGiveAGuidThatIsALinkTheIdOfItsCanonicalLinkFromAnyFeed(
            @ForAll("linkGuids") final String guid, @ForAll("feeds") final String oneFeed,
            @ForAll("feeds") final String otherFeed, @ForAll("texts") final String title,
            @ForAll("instants") final Instant published) {
        final String canonical = UrlCanonicalizer.canonicalize(guid);
        Assume.that(canonical != null);

        final String id = ArticleIds.idFor(oneFeed, guid, null, title, published);

        assertThat(ArticleIds.idFor(otherFeed, canonical, null, null, null)).isEqualTo(id);
        assertThat(ArticleIds.idFor(otherFeed, null, canonical, null, null)).isEqualTo(id);
    }

    @Property(tries = 500)
    void shouldNotLetSurroundingSpaceOrABlankGuidChangeATitleId(
            @ForAll("feeds") final String feed, @ForAll("texts") final String title,
            @ForAll("instants") final Instant published) {
        Assume.that(title != null);
        final String id = ArticleIds.idFor(feed, null, null, title, published);

        assertThat(ArticleIds.idFor(feed, " ", null, "  " + title + "\t", published)).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> feeds() {
        return Arbitraries.oneOf(Urls.any(), Arbitraries.just("https://news.example/feed.xml")).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> guids() {
        return Arbitraries.oneOf(Urls.any(), Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of("", " ", "\t", "urn:uuid:8c7b", "tag:news.example,2024:1")).injectNull(0.2);
    }

    @Provide
    Arbitrary<String> linkGuids() {
        return Urls.accepted();
    }

    @Provide
    Arbitrary<String> urls() {
        return Urls.any().injectNull(0.1);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(200).injectNull(0.1);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L).map(Instant::ofEpochSecond)
                .injectNull(0.2);
    }

    private static String copy(final String text) {
        return text == null ? null : new String(text.toCharArray());
    }
}
