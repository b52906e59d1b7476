package io.newsreel.contract.event;

import java.util.List;
import java.util.Map;

/**
 * A real person in the catalog.
 *
 * @param id stable id, e.g. {@code keum-sae-rok}
 * @param name canonical name
 * @param aliases other spellings and stage names
 * @param roles what the person does: {@code actor}, {@code director}, ...
 * @param facts disambiguating facts, e.g. {@code born -> 1992}
 * @param discovered true when found in articles rather than curated
 */
public record PersonEntry(
        String id,
        String name,
        List<String> aliases,
        List<String> roles,
        Map<String, String> facts,
        boolean discovered) implements CatalogEntry {

    public static final String KEY_PREFIX = "person:";

    public PersonEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    @Override
    public String key() {
        return KEY_PREFIX + id;
    }
}
