package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable view of the catalog at one moment: the shows and persons tagging knows.
 *
 * @param shows shows by id
 * @param persons persons by id
 * @param showsByPerson the shows each person is credited in, by person id
 */
public record Catalog(Map<String, ShowEntry> shows, Map<String, PersonEntry> persons,
                      Map<String, Set<String>> showsByPerson) {

    public Catalog {
        shows = Map.copyOf(shows);
        persons = Map.copyOf(persons);
        showsByPerson = Map.copyOf(showsByPerson);
    }

    public Catalog(final Map<String, ShowEntry> shows, final Map<String, PersonEntry> persons) {
        this(shows, persons, credits(shows.values()));
    }

    /** The ids of the shows a person is credited in. */
    public Set<String> showsOf(final String personId) {
        return showsByPerson.getOrDefault(personId, Set.of());
    }

    private static Map<String, Set<String>> credits(final Iterable<ShowEntry> shows) {
        final Map<String, Set<String>> byPerson = new HashMap<>();
        for (final ShowEntry show : shows) {
            show.credits().forEach(credit -> byPerson.computeIfAbsent(credit.personId(), id -> new HashSet<>())
                    .add(show.id()));
        }
        byPerson.replaceAll((person, ids) -> Set.copyOf(ids));
        return byPerson;
    }

    public static Catalog of(final Iterable<? extends CatalogEntry> entries) {
        final Map<String, ShowEntry> shows = new LinkedHashMap<>();
        final Map<String, PersonEntry> persons = new LinkedHashMap<>();
        for (final CatalogEntry entry : entries) {
            if (entry instanceof ShowEntry show) {
                shows.put(show.id(), show);
            } else if (entry instanceof PersonEntry person) {
                persons.put(person.id(), person);
            }
        }
        return new Catalog(shows, persons);
    }
}
