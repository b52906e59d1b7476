package io.newsreel.processor.match;

import io.newsreel.contract.event.PersonEntry;
import io.newsreel.processor.catalog.Catalog;
import java.util.Comparator;
import java.util.HashMap;
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
        private final Map<String, Set<String>> showsById = new HashMap<>();

        private Chooser(final ArticleText text, final Set<String> showIds, final List<PersonEntry> named) {
            this.text = text;
            this.showIds = showIds;
            named.forEach(person -> mentionsById.merge(person.id(), 1, Integer::sum));
            mentionsById.keySet().forEach(id -> showsById.put(id, catalog.showsOf(id)));
        }

        PersonEntry choose(final PersonMention mention) {
            if (mention.candidates().size() == 1) {
                return mention.candidates().get(0);
            }
            final String before = text.original()
                    .substring(Math.max(0, mention.start() - ROLE_WINDOW), mention.start()).toLowerCase(Locale.ROOT);
            return mention.candidates().stream()
                    .max(Comparator.comparingInt(candidate -> score(candidate, before)))
                    .orElseThrow();
        }

        private int score(final PersonEntry candidate, final String before) {
            int score = mentionsById.containsKey(candidate.id()) ? NAMED_UNAMBIGUOUSLY : 0;
            for (final String role : candidate.roles()) {
                if (roleWords(role).stream().anyMatch(before::contains)) {
                    score += 3;
                }
            }
            final Set<String> theirShows = catalog.showsOf(candidate.id());
            score += 2 * (int) showIds.stream().filter(theirShows::contains).count();
            for (final Map.Entry<String, Integer> other : mentionsById.entrySet()) {
                if (!other.getKey().equals(candidate.id()) && shareAny(showsById.get(other.getKey()), theirShows)) {
                    score += other.getValue();
                }
            }
            return score;
        }
    }

    /** Whether the sets meet, looked up from the smaller: a prolific person has hundreds of credits. */
    private static boolean shareAny(final Set<String> some, final Set<String> others) {
        return some.size() <= others.size()
                ? some.stream().anyMatch(others::contains) : others.stream().anyMatch(some::contains);
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
