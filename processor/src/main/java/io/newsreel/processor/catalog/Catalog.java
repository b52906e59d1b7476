package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable view of the catalog at one moment: the shows and persons tagging knows.
 *
 * @param shows shows by id
 * @param persons persons by id
 */
public record Catalog(Map<String, ShowEntry> shows, Map<String, PersonEntry> persons) {

    public static final Catalog EMPTY = new Catalog(Map.of(), Map.of());

    public Catalog {
        shows = Map.copyOf(shows);
        persons = Map.copyOf(persons);
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
