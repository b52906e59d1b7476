package io.newsreel.processor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.PersonEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaggerVersionTest {

    private static final List<CatalogEntry> SEED = CatalogSeed.load();

    @Test
    void shouldNameTheRulesAndTheCatalog() {
        assertThat(TaggerVersion.of("rules-1", SEED)).matches("rules-1\\+catalog-[0-9a-f]{12}");
    }

    @Test
    void shouldNotDependOnTheOrderTheEntriesCameIn() {
        final List<CatalogEntry> shuffled = new ArrayList<>(SEED);
        Collections.shuffle(shuffled);

        assertThat(TaggerVersion.of("rules-1", shuffled)).isEqualTo(TaggerVersion.of("rules-1", SEED));
    }

    @Test
    void shouldChangeWithAnyEntryAndWithTheRules() {
        final List<CatalogEntry> withAlias = new ArrayList<>(SEED);
        withAlias.add(new PersonEntry("noh-sang-hyun-2", "Noh Sang-hyun", List.of("Steve Noh"), List.of("actor"),
                Map.of(), false));

        assertThat(TaggerVersion.of("rules-1", withAlias)).isNotEqualTo(TaggerVersion.of("rules-1", SEED));
        assertThat(TaggerVersion.of("rules-2", SEED)).isNotEqualTo(TaggerVersion.of("rules-1", SEED));
    }
}
