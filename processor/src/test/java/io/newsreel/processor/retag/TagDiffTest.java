package io.newsreel.processor.retag;

import static io.newsreel.processor.retag.Tags.article;
import static io.newsreel.processor.retag.Tags.person;
import static io.newsreel.processor.retag.Tags.premiere;
import static io.newsreel.processor.retag.Tags.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.Catalog;
import io.newsreel.processor.match.Tagger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagDiffTest {

    private static final ShowTag MOONLIT = show("moonlit-ledger", "Moonlit Ledger", "Moonlit Ledger", 0);

    @Test
    void shouldFindNothingWhenOnlyTheRulesVersionDiffers() {
        // Given
        final TaggedArticle current = article("a1", List.of(MOONLIT), List.of(person("a", "A", "A", 30)));
        final TaggedArticle retagged = new TaggedArticle(current.id(), current.revision(), current.url(),
                current.feedUrl(), current.title(), current.published(), current.summary(), current.shows(),
                current.persons(), current.characters(), current.releaseEvents(), "rules-2");

        // When
        final ArticleDiff diff = TagDiff.between(current, retagged);

        // Then
        assertThat(diff.changed()).isFalse();
        assertThat(diff.changes()).isEmpty();
    }

    @Test
    void shouldReportADiscoveredPersonReplacedByTheCatalogPersonForTheSameSpanAsAMove() {
        final TaggedArticle current = article("a1", List.of(MOONLIT),
                List.of(person("steve-noh", "Steve Noh", "Steve Noh", 40)));
        final TaggedArticle retagged = article("a1", List.of(MOONLIT),
                List.of(person("noh-sang-hyun", "Noh Sang-hyun", "Steve Noh", 40)));

        final ArticleDiff diff = TagDiff.between(current, retagged);

        assertThat(diff.changes()).containsExactly(new TagChange(ChangeKind.PERSON_MOVED,
                "steve-noh (Steve Noh)", "noh-sang-hyun (Noh Sang-hyun)", "at \"Steve Noh\""));
    }

    @Test
    void shouldReportAMoveWhenTheSameWordsAreFoundElsewhereInTheArticle() {
        final TaggedArticle current = article("a1", List.of(show("moonlit", "Moonlit", "Moonlit", 12)), List.of());
        final TaggedArticle retagged = article("a1", List.of(show("moonlit-ledger", "Moonlit Ledger", "moonlit",
                80)), List.of());

        assertThat(TagDiff.between(current, retagged).changes()).containsExactly(new TagChange(
                ChangeKind.SHOW_MOVED, "moonlit (Moonlit)", "moonlit-ledger (Moonlit Ledger)", "at \"moonlit\""));
    }

    @Test
    void shouldReportTagsForDifferentWordsAsAddedAndRemoved() {
        final TaggedArticle current = article("a1", List.of(MOONLIT),
                List.of(person("kim-a", "Kim A", "Kim A", 40)));
        final TaggedArticle retagged = article("a1", List.of(MOONLIT),
                List.of(person("yoon-seo-ah", "Yoon Seo-ah", "Sienna Yoon", 70)));

        assertThat(TagDiff.between(current, retagged).changes()).containsExactly(
                new TagChange(ChangeKind.PERSON_ADDED, null, "yoon-seo-ah (Yoon Seo-ah)", "at \"Sienna Yoon\""),
                new TagChange(ChangeKind.PERSON_REMOVED, "kim-a (Kim A)", null, "at \"Kim A\""));
    }

    @Test
    void shouldPairEachLostTagWithOneGainedTagOnly() {
        final TaggedArticle current = article("a1", List.of(), List.of(person("steve-noh", "Steve Noh",
                "Steve Noh", 40)));
        final TaggedArticle retagged = article("a1", List.of(), List.of(
                person("noh-sang-hyun", "Noh Sang-hyun", "Steve Noh", 40),
                person("steve-noh-2", "Steve Noh", "Steve Noh", 90)));

        assertThat(TagDiff.between(current, retagged).changes()).extracting(TagChange::kind)
                .containsExactly(ChangeKind.PERSON_MOVED, ChangeKind.PERSON_ADDED);
    }

    @Test
    void shouldReportAShowWhoseSalienceChangedAsUpdated() {
        final ShowTag mention = new ShowTag(MOONLIT.id(), MOONLIT.name(), null, Salience.MENTION, 0.85,
                MOONLIT.evidence());
        final ArticleDiff diff = TagDiff.between(article("a1", List.of(mention), List.of()),
                article("a1", List.of(MOONLIT), List.of()));

        assertThat(diff.changes()).containsExactly(new TagChange(ChangeKind.SHOW_UPDATED,
                "moonlit-ledger (Moonlit Ledger)", "moonlit-ledger (Moonlit Ledger)",
                "changed: salience MENTION -> PRIMARY, confidence 0.85 -> 0.95"));
    }

    @Test
    void shouldReportACharacterLinkedToAnotherActorAsUpdated() {
        final Evidence at = new Evidence("Han Ji-woo", 50, 60, "cast:paren");
        final ArticleDiff diff = TagDiff.between(
                article("a1", List.of(MOONLIT), List.of(), List.of(new CharacterTag("Han Ji-woo", null,
                        "moonlit-ledger", at)), List.of()),
                article("a1", List.of(MOONLIT), List.of(), List.of(new CharacterTag("Han Ji-woo", "yoon-seo-ah",
                        "moonlit-ledger", at)), List.of()));

        assertThat(diff.changes()).containsExactly(new TagChange(ChangeKind.CHARACTER_UPDATED,
                "Han Ji-woo (actor unknown, moonlit-ledger)", "Han Ji-woo (yoon-seo-ah, moonlit-ledger)",
                "changed: actor null -> yoon-seo-ah"));
    }

    @Test
    void shouldReportReleaseEventsAddedAndRemoved() {
        final ArticleDiff diff = TagDiff.between(
                article("a1", List.of(MOONLIT), List.of(), List.of(),
                        List.of(premiere("moonlit-ledger", LocalDate.parse("2024-04-05")))),
                article("a1", List.of(MOONLIT), List.of(), List.of(),
                        List.of(premiere("moonlit-ledger", LocalDate.parse("2024-04-12")))));

        assertThat(diff.changes()).containsExactly(
                new TagChange(ChangeKind.RELEASE_ADDED, null, "moonlit-ledger PREMIERE 2024-04-12",
                        "at \"premieres\""),
                new TagChange(ChangeKind.RELEASE_REMOVED, "moonlit-ledger PREMIERE 2024-04-05", null,
                        "at \"premieres\""));
    }

    @Test
    void shouldFindThePersonTheCatalogLearnedAnAliasOfWithTheRealTagger() {
        // Given an article naming a person only by a stage name the catalog does not know yet
        final ShowEntry show = new ShowEntry("moonlit-ledger", "Moonlit Ledger", List.of(), 2024, "Netflix", null,
                List.of(), List.of(), false);
        final PersonEntry before = new PersonEntry("yoon-seo-ah", "Yoon Seo-ah", List.of(), List.of("actor"),
                Map.of(), false);
        final PersonEntry after = new PersonEntry("yoon-seo-ah", "Yoon Seo-ah", List.of("Sienna Yoon"),
                List.of("actor"), Map.of(), false);
        final Instant published = Instant.parse("2024-03-01T00:00:00Z");
        final Article article = new Article("a1", 1, "https://desk.example/a1", "https://desk.example/feed",
                "Moonlit Ledger finds its bookkeeper", null, published, false, null,
                "Sienna Yoon joins the Netflix thriller as the bookkeeper.", "en", published);
        final TaggedArticle current = new Tagger(Catalog.of(List.of(show, before)), "rules-1").tag(article);

        // When the catalog learns the alias
        final TaggedArticle retagged = new Tagger(Catalog.of(List.of(show, after)), "rules-1").tag(article);

        // Then
        assertThat(TagDiff.between(current, retagged).changes()).containsExactly(new TagChange(
                ChangeKind.PERSON_ADDED, null, "yoon-seo-ah (Yoon Seo-ah)", "at \"Sienna Yoon\""));
    }
}
