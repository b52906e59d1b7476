package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An immutable view of the catalog at one moment: the shows and persons tagging knows. Every map and set keeps the
 * order it was given in: where two entries answer a query equally well, tagging takes the first, and that choice
 * must be the same in every JVM ({@code Map.copyOf} iterates in an order that changes from run to run).
 *
 * @param shows shows by id
 * @param persons persons by id
 * @param showsByPerson the shows each person is credited in, by person id
 */
public record Catalog(Map<String, ShowEntry> shows, Map<String, PersonEntry> persons,
                      Map<String, Set<String>> showsByPerson) {

    public Catalog {
        shows = Collections.unmodifiableMap(new LinkedHashMap<>(shows));
        persons = Collections.unmodifiableMap(new LinkedHashMap<>(persons));
        showsByPerson = Collections.unmodifiableMap(new LinkedHashMap<>(showsByPerson));
    }

    public Catalog(final Map<String, ShowEntry> shows, final Map<String, PersonEntry> persons) {
        this(shows, persons, credits(shows.values()));
    }

    /** The ids of the shows a person is credited in. */
    public Set<String> showsOf(final String personId) {
        return showsByPerson.getOrDefault(personId, Set.of());
    }

    private static Map<String, Set<String>> credits(final Iterable<ShowEntry> shows) {
        final Map<String, Set<String>> byPerson = new LinkedHashMap<>();
        for (final ShowEntry show : shows) {
            show.credits().forEach(credit -> byPerson.computeIfAbsent(credit.personId(), id -> new LinkedHashSet<>())
                    .add(show.id()));
        }
        byPerson.replaceAll((person, ids) -> Collections.unmodifiableSet(ids));
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
