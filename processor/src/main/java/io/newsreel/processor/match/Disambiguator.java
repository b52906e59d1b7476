package io.newsreel.processor.match;

import io.newsreel.contract.event.PersonEntry;
import io.newsreel.processor.catalog.Catalog;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    PersonEntry choose(final PersonMention mention, final ArticleText text, final Set<String> showIds,
                       final Collection<PersonEntry> othersNamed) {
        if (mention.candidates().size() == 1) {
            return mention.candidates().get(0);
        }
        final String before = text.original().substring(Math.max(0, mention.start() - ROLE_WINDOW), mention.start())
                .toLowerCase(Locale.ROOT);
        return mention.candidates().stream()
                .max(Comparator.comparingInt(candidate -> score(candidate, before, showIds, othersNamed)))
                .orElseThrow();
    }

    private int score(final PersonEntry candidate, final String before, final Set<String> showIds,
                      final Collection<PersonEntry> othersNamed) {
        int score = othersNamed.contains(candidate) ? NAMED_UNAMBIGUOUSLY : 0;
        for (final String role : candidate.roles()) {
            if (roleWords(role).stream().anyMatch(before::contains)) {
                score += 3;
            }
        }
        final Set<String> theirShows = catalog.showsOf(candidate.id());
        score += 2 * (int) theirShows.stream().filter(showIds::contains).count();
        for (final PersonEntry other : othersNamed) {
            if (!other.id().equals(candidate.id())
                    && catalog.showsOf(other.id()).stream().anyMatch(theirShows::contains)) {
                score += 1;
            }
        }
        return score;
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
