package io.newsreel.processor.match;

import io.newsreel.contract.event.PersonEntry;
import io.newsreel.processor.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses between persons who share one written name ("Kim Ji-won" the actress, "Kim Ji-won" the director) by
 * the article around the mention: the same person named elsewhere in it by a name only they have ("JYP" for the
 * producer Park Jin-young), a role word just before it, a show of theirs the article names, co-stars of theirs the
 * article names.
 */
final class Disambiguator {

    private static final int ROLE_WINDOW = 40;
    /** As strong as a role word: a name only one of them has is as clear a sign. */
    private static final int NAMED_UNAMBIGUOUSLY = 3;

    private final Catalog catalog;

    Disambiguator(final Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Chooses for each mention of one article; what the article tells about namesakes is gathered once.
     *
     * @param text the article
     * @param showIds the shows the article names
     * @param namedUnambiguously the persons named by a name only they have, once per mention
     */
    Chooser in(final ArticleText text, final Set<String> showIds, final List<PersonEntry> namedUnambiguously) {
        return new Chooser(text, showIds, namedUnambiguously);
    }

    /** Picks among namesakes in one article. */
    final class Chooser {

        private final ArticleText text;
        private final Set<String> showIds;
        /** How often each person named unambiguously is mentioned, by id: each mention counts as a co-star. */
        private final Map<String, Integer> mentionsById = new LinkedHashMap<>();
        /** The persons named unambiguously, by the shows they are credited in; gathered at the first namesake. */
        private Map<String, List<String>> namedByShow;

        private Chooser(final ArticleText text, final Set<String> showIds, final List<PersonEntry> named) {
            this.text = text;
            this.showIds = showIds;
            named.forEach(person -> mentionsById.merge(person.id(), 1, Integer::sum));
        }

        PersonEntry choose(final PersonMention mention) {
            if (mention.candidates().size() == 1) {
                return mention.candidates().get(0);
            }
            final String before = text.original()
                    .substring(Math.max(0, mention.start() - ROLE_WINDOW), mention.start()).toLowerCase(Locale.ROOT);
            PersonEntry best = null;
            int bestScore = Integer.MIN_VALUE;
            for (final PersonEntry candidate : mention.candidates()) {
                final int score = score(candidate, before);
                // On a tie the earlier candidate stays: the catalog's order decides, the same in every run.
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            return best;
        }

        private int score(final PersonEntry candidate, final String before) {
            int score = mentionsById.containsKey(candidate.id()) ? NAMED_UNAMBIGUOUSLY : 0;
            for (final String role : candidate.roles()) {
                if (containsAny(before, roleWords(role))) {
                    score += 3;
                }
            }
            final Set<String> theirShows = catalog.showsOf(candidate.id());
            final Map<String, List<String>> namedByShow = namedByShow();
            final Set<String> coStars = new HashSet<>();
            for (final String show : theirShows) {
                if (showIds.contains(show)) {
                    score += 2;
                }
                coStars.addAll(namedByShow.getOrDefault(show, List.of()));
            }
            coStars.remove(candidate.id());
            for (final String coStar : coStars) {
                score += mentionsById.get(coStar);
            }
            return score;
        }

        private Map<String, List<String>> namedByShow() {
            if (namedByShow == null) {
                namedByShow = new HashMap<>();
                mentionsById.keySet().forEach(id -> catalog.showsOf(id).forEach(show ->
                        namedByShow.computeIfAbsent(show, key -> new ArrayList<>()).add(id)));
            }
            return namedByShow;
        }
    }

    private static boolean containsAny(final String text, final List<String> words) {
        for (final String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> roleWords(final String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "actor", "actress" -> List.of("actor", "actress", "star", "cast");
            case "director" -> List.of("director", "directed", "pd ", "filmmaker");
            case "writer" -> List.of("writer", "written", "screenwriter", "author");
            case "singer" -> List.of("singer", "sung", "vocal", "ost", "song");
            default -> List.of(role.toLowerCase(Locale.ROOT));
        };
    }
}
