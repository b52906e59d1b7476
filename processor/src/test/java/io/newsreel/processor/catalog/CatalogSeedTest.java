package io.newsreel.processor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.Credit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSeedTest {

    @Test
    void shouldShipACatalogWhoseCreditsNameKnownPersons() {
        final List<CatalogEntry> entries = CatalogSeed.load();
        final Catalog catalog = Catalog.of(entries);

        assertThat(entries).extracting(CatalogEntry::key).doesNotHaveDuplicates();
        assertThat(catalog.shows()).containsKeys("soundtrack-1", "soundtrack-2");
        assertThat(catalog.shows().values()).flatExtracting(show -> show.credits())
                .extracting(Credit::personId)
                .allMatch(catalog.persons()::containsKey);
    }

    @Test
    void shouldNameTheLineOfABrokenEntry() {
        final String jsonl = "{\"kind\":\"person\",\"id\":\"a\",\"name\":\"A\"}\n\n{\"kind\":\"planet\"}\n";

        assertThatThrownBy(() -> CatalogSeed.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Line 3");
    }
}
