package io.newsreel.processor.match;

import io.newsreel.contract.event.PersonEntry;
import io.newsreel.processor.catalog.Catalog;
import java.util.Arrays;
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
    private static final int[] NO_SHOWS = {};

    /**
     * The shows each person is credited in, by person id, each show as a number: choosing compares the shows of a
     * few persons, and with tens of thousands of persons the catalog's sets of show ids are scattered over memory
     * that is rarely in the cache, where one small array of numbers is a single read.
     */
    private final Map<String, int[]> showsByPerson = new HashMap<>();
    private final Map<String, Integer> showNumbers = new HashMap<>();

    Disambiguator(final Catalog catalog) {
        catalog.showsByPerson().forEach((person, shows) -> showsByPerson.put(person,
                shows.stream().mapToInt(this::showNumber).toArray()));
    }

    private int showNumber(final String showId) {
        return showNumbers.computeIfAbsent(showId, id -> showNumbers.size());
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
        private final List<PersonEntry> named;
        /** How often each person named unambiguously is mentioned, by id: each mention counts as a co-star. */
        private final Map<String, Integer> mentionsById = new LinkedHashMap<>();
        /**
         * The shows the article names and those of the persons named unambiguously, and how often those are named:
         * gathered at the first namesake.
         */
        private int[] articleShows;
        private int[][] namedShows;
        private int[] namedMentions;
        private String[] namedIds;

        private Chooser(final ArticleText text, final Set<String> showIds, final List<PersonEntry> named) {
            this.text = text;
            this.showIds = showIds;
            this.named = named;
        }

        PersonEntry choose(final PersonMention mention) {
            if (mention.candidates().size() == 1) {
                return mention.candidates().get(0);
            }
            if (articleShows == null) {
                gather();
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

        private void gather() {
            named.forEach(person -> mentionsById.merge(person.id(), 1, Integer::sum));
            articleShows = numbersOf(showIds);
            namedIds = mentionsById.keySet().toArray(String[]::new);
            namedShows = new int[namedIds.length][];
            namedMentions = new int[namedIds.length];
            for (int i = 0; i < namedIds.length; i++) {
                namedShows[i] = showsOf(namedIds[i]);
                namedMentions[i] = mentionsById.get(namedIds[i]);
            }
        }

        /**
         * A role word before the mention and a name only this person has count 3 each, each show of theirs the
         * article names 2, and each co-star named unambiguously as often as they are mentioned.
         */
        private int score(final PersonEntry candidate, final String before) {
            int score = mentionsById.containsKey(candidate.id()) ? NAMED_UNAMBIGUOUSLY : 0;
            for (final String role : candidate.roles()) {
                if (containsAny(before, roleWords(role))) {
                    score += 3;
                }
            }
            final int[] theirShows = showsOf(candidate.id());
            for (final int show : theirShows) {
                if (contains(articleShows, show)) {
                    score += 2;
                }
            }
            for (int i = 0; i < namedIds.length; i++) {
                if (!namedIds[i].equals(candidate.id()) && sharesAny(theirShows, namedShows[i])) {
                    score += namedMentions[i];
                }
            }
            return score;
        }
    }

    /** The numbers of the shows among these that someone is credited in; the others have none. */
    private int[] numbersOf(final Set<String> showIds) {
        final int[] numbers = new int[showIds.size()];
        int count = 0;
        for (final String id : showIds) {
            final Integer number = showNumbers.get(id);
            if (number != null) {
                numbers[count++] = number;
            }
        }
        return Arrays.copyOf(numbers, count);
    }

    private int[] showsOf(final String personId) {
        return showsByPerson.getOrDefault(personId, NO_SHOWS);
    }

    private static boolean sharesAny(final int[] shows, final int[] others) {
        for (final int show : shows) {
            if (contains(others, show)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(final int[] shows, final int show) {
        for (final int one : shows) {
            if (one == show) {
                return true;
            }
        }
        return false;
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
