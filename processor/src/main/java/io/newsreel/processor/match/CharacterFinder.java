package io.newsreel.processor.match;

import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.processor.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the catalog's characters (from show credits) where an article names them. */
final class CharacterFinder {

    /**
     * A credited character named in an article.
     *
     * @param name the character's name as credited
     * @param personId who plays it
     * @param showId in which show
     * @param start offset in the article text
     * @param end end offset
     */
    record CharacterMention(String name, String personId, String showId, int start, int end) {
    }

    private record Role(String name, String personId, String showId) {
    }

    private final PhraseMatcher<Role> matcher;

    CharacterFinder(final Catalog catalog) {
        final Map<String, List<Role>> byName = new HashMap<>();
        for (final ShowEntry show : catalog.shows().values()) {
            for (final Credit credit : show.credits()) {
                if (credit.character() != null && !credit.character().isBlank()) {
                    final String phrase = TextNormalizer.normalizeText(credit.character());
                    // One-word character names ("Kei") are too easily ordinary words to find alone.
                    if (phrase.indexOf(' ') > 0) {
                        byName.computeIfAbsent(phrase, key -> new ArrayList<>())
                                .add(new Role(credit.character(), credit.personId(), show.id()));
                    }
                }
            }
        }
        this.matcher = new PhraseMatcher<>(byName);
    }

    List<CharacterMention> find(final ArticleText text) {
        final List<CharacterMention> found = new ArrayList<>();
        // Characters are named like persons: written capitalized.
        for (final PhraseMatcher.Match<Role> match : matcher.find(text.nameRuns().text())) {
            final Role role = match.targets().get(0);
            found.add(new CharacterMention(role.name(), role.personId(), role.showId(),
                    text.nameRuns().originalStart(match.start()), text.nameRuns().originalEnd(match.end())));
        }
        return found;
    }
}
