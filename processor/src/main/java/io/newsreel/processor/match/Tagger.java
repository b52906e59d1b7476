package io.newsreel.processor.match;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.Catalog;
import io.newsreel.processor.catalog.TaggerVersion;
import io.newsreel.processor.discover.CastMention;
import io.newsreel.processor.discover.CastPatterns;
import io.newsreel.processor.discover.DiscoveredPerson;
import io.newsreel.processor.discover.DiscoveredShow;
import io.newsreel.processor.discover.PersonDiscovery;
import io.newsreel.processor.discover.ShowDiscovery;
import io.newsreel.processor.release.ReleaseExtractor;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags an article with the shows, persons, characters and release events it names, each tag with its evidence.
 * One tagger serves one catalog snapshot; build a new one when the catalog changes. Plain Java: the topology only
 * wires it.
 */
public final class Tagger {

    /**
     * Relative dates in an article whose feed gave no offset with its date are read in Korean time, where the
     * platforms' release times are set.
     */
    public static final ZoneId RELEASE_ZONE = ZoneId.of("Asia/Seoul");

    private static final double TITLE_CONFIDENCE = 0.95;
    private static final double BODY_CONFIDENCE = 0.85;
    private static final double CATALOG_PERSON_CONFIDENCE = 0.9;

    private final Catalog catalog;
    private final String version;
    private final ShowMatcher shows;
    private final PersonMatcher persons;
    private final CharacterFinder characters;
    private final Disambiguator disambiguator;
    private final ReleaseExtractor releases = new ReleaseExtractor();

    public Tagger(final Catalog catalog, final String version) {
        this.catalog = catalog;
        this.version = version;
        this.shows = new ShowMatcher(catalog.shows().values());
        this.persons = new PersonMatcher(catalog.persons().values());
        this.characters = new CharacterFinder(catalog);
        this.disambiguator = new Disambiguator(catalog);
    }

    /** A tagger of these catalog entries under these rules, its version naming both. */
    public static Tagger of(final String rulesVersion, final List<CatalogEntry> entries) {
        return new Tagger(Catalog.of(entries), TaggerVersion.of(rulesVersion, entries));
    }

    public TaggedArticle tag(final Article article) {
        final ArticleText text = ArticleText.of(article);
        final List<ShowMention> showMentions = shows.find(text);
        final List<DiscoveredShow> newShows = new ArrayList<>();
        for (final DiscoveredShow found : ShowDiscovery.find(text.original())) {
            if (!ShowMention.anyOverlaps(showMentions, found.start(), found.end())) {
                newShows.add(found);
            }
        }
        final Set<String> primary = SalienceJudge.primary(showMentions, text);
        final List<ShowTag> showTags = showTags(text, showMentions, newShows, primary);

        final List<PersonMention> catalogMentions = persons.find(text);
        final List<CastMention> cast = orient(CastPatterns.find(text.original()), catalogMentions);
        final List<CharacterFinder.CharacterMention> credited = characters.find(text);
        final Articles named = personsNamed(text, showTags, catalogMentions, cast, credited);
        final List<CharacterTag> characterTags = characterTags(cast, credited, named, showTags);
        final List<ReleaseEvent> releaseEvents = ReleaseAssigner.assign(
                releases.extract(text.original(), publishedWhereWritten(article)), showMentions, showTags,
                article.id());
        return new TaggedArticle(article.id(), article.revision(), article.url(), article.feedUrl(), article.title(),
                article.published(), article.summary(), showTags, named.tags(), characterTags, releaseEvents,
                version);
    }

    /** The publication time where the article was written, so that "tomorrow" means the day after its date there. */
    private static ZonedDateTime publishedWhereWritten(final Article article) {
        final ZoneId zone = article.publishedOffset() != null ? article.publishedOffset() : RELEASE_ZONE;
        return article.published().atZone(zone);
    }

    private static List<ShowTag> showTags(final ArticleText text, final List<ShowMention> mentions,
                                          final List<DiscoveredShow> discovered, final Set<String> primary) {
        final Map<String, ShowTag> tags = new LinkedHashMap<>();
        for (final ShowMention mention : mentions) {
            final boolean inTitle = text.inTitle(mention.start());
            tags.putIfAbsent(mention.show().id(), new ShowTag(mention.show().id(), mention.show().title(), null,
                    primary.contains(mention.show().id()) ? Salience.PRIMARY : Salience.MENTION,
                    inTitle ? TITLE_CONFIDENCE : BODY_CONFIDENCE,
                    new Evidence(mention.surface(), mention.start(), mention.end(), "alias:" + mention.alias())));
        }
        for (final DiscoveredShow show : discovered) {
            final String id = Slugs.of(show.title());
            final boolean onlyShow = tags.isEmpty() && primary.isEmpty();
            tags.putIfAbsent(id, new ShowTag(id, show.title(), show.season(),
                    onlyShow && text.inTitle(show.start()) ? Salience.PRIMARY : Salience.MENTION, show.confidence(),
                    new Evidence(show.title(), show.start(), show.end(), "discovered:" + show.rule())));
        }
        return List.copyOf(tags.values());
    }

    /**
     * Puts the real person on the person side of each cast pair: "Keum Sae-rok (Do Hyeon-seo)" is written as often
     * as "Do Hyeon-seo (Keum Sae-rok)", and the catalog knows which name is the person's.
     */
    private static List<CastMention> orient(final List<CastMention> cast, final List<PersonMention> known) {
        final List<CastMention> oriented = new ArrayList<>(cast.size());
        for (final CastMention pair : cast) {
            final boolean personKnown = PersonMention.anyOverlaps(known, pair.personStart(), pair.personEnd());
            final boolean characterKnown = PersonMention.anyOverlaps(known, pair.characterStart(),
                    pair.characterEnd());
            oriented.add(!personKnown && characterKnown
                    ? new CastMention(pair.character(), pair.characterStart(), pair.characterEnd(), pair.person(),
                            pair.personStart(), pair.personEnd(), pair.rule() + ":reversed")
                    : pair);
        }
        return oriented;
    }

    private Articles personsNamed(final ArticleText text, final List<ShowTag> showTags,
                                  final List<PersonMention> catalogMentions, final List<CastMention> cast,
                                  final List<CharacterFinder.CharacterMention> credited) {
        // A character is never a person, wherever else its name turns up in the article.
        final List<int[]> characterSpans = new ArrayList<>();
        final Set<String> characterNames = new LinkedHashSet<>();
        credited.forEach(character -> {
            characterSpans.add(new int[] {character.start(), character.end()});
            characterNames.add(Slugs.of(character.name()));
        });
        cast.forEach(pair -> {
            characterSpans.add(new int[] {pair.characterStart(), pair.characterEnd()});
            characterNames.add(Slugs.of(pair.character()));
        });
        CastPatterns.characterOnly(text.original()).forEach(character -> {
            characterSpans.add(new int[] {character.start(), character.end()});
            characterNames.add(Slugs.of(character.text()));
        });
        final List<PersonMention> mentions = new ArrayList<>();
        final List<PersonEntry> unambiguous = new ArrayList<>();
        for (final PersonMention mention : catalogMentions) {
            if (!Spans.anyOverlaps(characterSpans, mention.start(), mention.end())) {
                mentions.add(mention);
                if (mention.candidates().size() == 1) {
                    unambiguous.add(mention.candidates().get(0));
                }
            }
        }
        final Set<String> showIds = new LinkedHashSet<>();
        showTags.forEach(tag -> showIds.add(tag.id()));

        final Disambiguator.Chooser namesakes = disambiguator.in(text, showIds, unambiguous);
        final Map<String, PersonTagBuilder> byId = new LinkedHashMap<>();
        for (final PersonMention mention : mentions) {
            final PersonEntry person = namesakes.choose(mention);
            byId.computeIfAbsent(person.id(), id -> new PersonTagBuilder(person.id(), person.name(),
                            person.roles(), CATALOG_PERSON_CONFIDENCE,
                            new Evidence(mention.surface(), mention.start(), mention.end(),
                                    (mention.candidates().size() > 1 ? "disambiguated:" : "name:")
                                            + Slugs.of(mention.surface()))))
                    .mention(mention.surface(), mention.start(), mention.end());
        }
        for (final DiscoveredPerson found : PersonDiscovery.find(text.original(), cast)) {
            final String id = Slugs.of(found.name());
            final boolean known = PersonMention.anyOverlaps(mentions, found.start(), found.end());
            final boolean character = characterNames.contains(id)
                    || Spans.anyOverlaps(characterSpans, found.start(), found.end());
            if (known || character) {
                continue;
            }
            byId.computeIfAbsent(id, key -> new PersonTagBuilder(id, found.name(),
                            found.role() == null ? List.of() : List.of(found.role()), found.confidence(),
                            new Evidence(text.original().substring(found.start(), found.end()), found.start(),
                                    found.end(), "discovered:" + found.rule())))
                    .mention(text.original().substring(found.start(), found.end()), found.start(), found.end());
        }
        final List<PersonTag> tags = new ArrayList<>(byId.size());
        byId.values().forEach(builder -> tags.add(builder.build()));
        return new Articles(tags, byId);
    }

    private List<CharacterTag> characterTags(final List<CastMention> cast,
                                             final List<CharacterFinder.CharacterMention> credited,
                                             final Articles named, final List<ShowTag> showTags) {
        final Map<String, CharacterTag> tags = new LinkedHashMap<>();
        for (final CharacterFinder.CharacterMention character : credited) {
            tags.putIfAbsent(Slugs.of(character.name()), new CharacterTag(character.name(), character.personId(),
                    character.showId(), new Evidence(character.name(), character.start(), character.end(),
                    "credit")));
        }
        final ShowTag subject = SalienceJudge.subject(showTags);
        final String primaryShow = subject == null ? null : subject.id();
        final Set<String> taggedShows = new HashSet<>();
        showTags.forEach(tag -> taggedShows.add(tag.id()));
        for (final CastMention pair : cast) {
            final String personId = named.idAt(pair.personStart(), pair.personEnd());
            if (personId == null) {
                continue;
            }
            final String showId = firstTagged(catalog.showsOf(personId), taggedShows, primaryShow);
            tags.putIfAbsent(Slugs.of(pair.character()), new CharacterTag(pair.character(), personId, showId,
                    new Evidence(pair.character(), pair.characterStart(), pair.characterEnd(),
                            "cast:" + pair.rule())));
        }
        final List<CharacterTag> inTextOrder = new ArrayList<>(tags.values());
        inTextOrder.sort(Comparator.comparingInt(tag -> tag.evidence().start()));
        return inTextOrder;
    }

    /** The first of a person's shows the article is tagged with, else {@code otherwise}. */
    private static String firstTagged(final Set<String> shows, final Set<String> tagged, final String otherwise) {
        for (final String show : shows) {
            if (tagged.contains(show)) {
                return show;
            }
        }
        return otherwise;
    }

    /** The persons an article names, as tags and by where they were found. */
    private record Articles(List<PersonTag> tags, Map<String, PersonTagBuilder> byId) {

        /** The id of the person named at this span, or null. */
        String idAt(final int start, final int end) {
            for (final PersonTagBuilder builder : byId.values()) {
                if (builder.at(start, end)) {
                    return builder.id();
                }
            }
            return null;
        }
    }
}
