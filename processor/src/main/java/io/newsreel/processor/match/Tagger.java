package io.newsreel.processor.match;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tags an article with the catalog's shows and persons it names, each tag with its evidence. One tagger serves one
 * catalog snapshot; build a new one when the catalog changes.
 *
 * <p>The shows named in the title, or else the show named most often, are the article's subject
 * ({@link Salience#PRIMARY}); others are mentions.
 */
public final class Tagger {

    private static final double TITLE_CONFIDENCE = 0.95;
    private static final double BODY_CONFIDENCE = 0.8;

    private final Catalog catalog;
    private final String version;
    private final PhraseMatcher<ShowEntry> shows;
    private final PhraseMatcher<PersonEntry> persons;

    public Tagger(final Catalog catalog, final String version) {
        this.catalog = catalog;
        this.version = version;
        this.shows = new PhraseMatcher<>(phrases(catalog.shows().values().stream()
                .flatMap(show -> Stream.concat(Stream.of(show.title()), show.aliases().stream())
                        .map(name -> Map.entry(name, show)))));
        this.persons = new PhraseMatcher<>(phrases(catalog.persons().values().stream()
                .flatMap(person -> Stream.concat(Stream.of(person.name()), person.aliases().stream())
                        .map(name -> Map.entry(name, person)))));
    }

    public Catalog catalog() {
        return catalog;
    }

    public TaggedArticle tag(final Article article) {
        final String title = article.title() == null ? "" : article.title();
        final String body = article.text() == null ? "" : article.text();
        final String text = title + "\n\n" + body;
        final NormalizedText normalized = TextNormalizer.normalize(text);
        final int titleEnd = TextNormalizer.normalize(title).text().length();
        return new TaggedArticle(article.id(), article.revision(), article.url(), article.feedUrl(), article.title(),
                article.published(), article.summary(),
                showTags(text, normalized, titleEnd),
                personTags(text, normalized),
                List.of(), List.of(), version);
    }

    private List<ShowTag> showTags(final String text, final NormalizedText normalized, final int titleEnd) {
        final Map<ShowEntry, List<PhraseMatcher.Match<ShowEntry>>> byShow = new LinkedHashMap<>();
        for (final PhraseMatcher.Match<ShowEntry> match : shows.find(normalized.text())) {
            match.targets().forEach(show -> byShow.computeIfAbsent(show, key -> new ArrayList<>()).add(match));
        }
        final int mostMentions = byShow.values().stream().mapToInt(List::size).max().orElse(0);
        final boolean anyInTitle = byShow.values().stream().anyMatch(matches -> matches.get(0).start() < titleEnd);
        final List<ShowTag> tags = new ArrayList<>();
        byShow.forEach((show, matches) -> {
            final boolean inTitle = matches.get(0).start() < titleEnd;
            final boolean primary = anyInTitle ? inTitle : matches.size() == mostMentions;
            tags.add(new ShowTag(show.id(), show.title(), null, primary ? Salience.PRIMARY : Salience.MENTION,
                    inTitle ? TITLE_CONFIDENCE : BODY_CONFIDENCE, evidence(text, normalized, matches.get(0))));
        });
        return tags;
    }

    private List<PersonTag> personTags(final String text, final NormalizedText normalized) {
        final Map<PersonEntry, List<PhraseMatcher.Match<PersonEntry>>> byPerson = new LinkedHashMap<>();
        for (final PhraseMatcher.Match<PersonEntry> match : persons.find(normalized.text())) {
            match.targets().forEach(person -> byPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(match));
        }
        final List<PersonTag> tags = new ArrayList<>();
        byPerson.forEach((person, matches) -> {
            final Set<String> mentions = new LinkedHashSet<>();
            matches.forEach(match -> mentions.add(span(text, normalized, match)));
            tags.add(new PersonTag(person.id(), person.name(), person.roles(), List.copyOf(mentions),
                    BODY_CONFIDENCE, evidence(text, normalized, matches.get(0))));
        });
        return tags;
    }

    private static Evidence evidence(final String text, final NormalizedText normalized,
                                     final PhraseMatcher.Match<?> match) {
        final int start = normalized.originalStart(match.start());
        final int end = normalized.originalEnd(match.end());
        return new Evidence(text.substring(start, end), start, end,
                "alias:" + normalized.text().substring(match.start(), match.end()));
    }

    private static String span(final String text, final NormalizedText normalized,
                               final PhraseMatcher.Match<?> match) {
        return text.substring(normalized.originalStart(match.start()), normalized.originalEnd(match.end()));
    }

    private static <T> Map<String, List<T>> phrases(final Stream<Map.Entry<String, T>> namesAndTargets) {
        final Map<String, List<T>> byPhrase = new HashMap<>();
        namesAndTargets.forEach(entry -> {
            final String phrase = TextNormalizer.normalizeText(entry.getKey());
            if (!phrase.isEmpty()) {
                final List<T> targets = byPhrase.computeIfAbsent(phrase, key -> new ArrayList<>());
                if (!targets.contains(entry.getValue())) {
                    targets.add(entry.getValue());
                }
            }
        });
        return byPhrase;
    }
}
