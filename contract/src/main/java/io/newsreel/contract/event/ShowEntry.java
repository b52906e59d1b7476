package io.newsreel.contract.event;

import java.util.List;

/**
 * A show in the catalog.
 *
 * @param id stable id, e.g. {@code soundtrack-2}
 * @param title display title
 * @param aliases other titles it is known by, in any language or spelling
 * @param year year of first release
 * @param platform streaming platform, or null
 * @param network broadcast network, or null
 * @param seasons known seasons
 * @param credits cast and crew
 * @param discovered true when found in articles rather than curated
 */
public record ShowEntry(
        String id,
        String title,
        List<String> aliases,
        Integer year,
        String platform,
        String network,
        List<Season> seasons,
        List<Credit> credits,
        boolean discovered) implements CatalogEntry {

    public static final String KEY_PREFIX = "show:";

    public ShowEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    @Override
    public String key() {
        return KEY_PREFIX + id;
    }
}
