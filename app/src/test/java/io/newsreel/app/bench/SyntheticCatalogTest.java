package io.newsreel.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCatalogTest {

    @Test
    void shouldGiveTheSameCatalogForTheSameSeed() {
        // Given
        final List<CatalogEntry> entries = SyntheticCatalog.generate(42, 300, 2_000).entries();

        // When
        final List<CatalogEntry> again = SyntheticCatalog.generate(42, 300, 2_000).entries();
        final List<CatalogEntry> other = SyntheticCatalog.generate(43, 300, 2_000).entries();

        // Then
        assertThat(again).isEqualTo(entries);
        assertThat(other).isNotEqualTo(entries);
    }

    @Test
    void shouldHoldTheRequestedShowsAndPersonsUnderDistinctIds() {
        // When
        final SyntheticCatalog catalog = SyntheticCatalog.generate(42, 300, 2_000);

        // Then
        assertThat(catalog.shows()).hasSize(300).extracting(ShowEntry::id).doesNotHaveDuplicates();
        assertThat(catalog.persons()).hasSize(2_000).extracting(PersonEntry::id).doesNotHaveDuplicates();
        assertThat(catalog.persons()).extracting(PersonEntry::name)
                .allMatch(name -> name.matches("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+"), "Korean order, hyphenated");
    }

    @Test
    void shouldCreditCatalogPersonsWithRolesAndCharacters() {
        // When
        final SyntheticCatalog catalog = SyntheticCatalog.generate(42, 300, 2_000);

        // Then
        assertThat(catalog.shows()).allSatisfy(show -> {
            assertThat(show.credits()).extracting(Credit::role).contains("actor", "director", "writer");
            assertThat(show.credits()).allSatisfy(credit -> assertThat(catalog.person(credit.personId()))
                    .isNotNull());
            assertThat(show.credits()).filteredOn(credit -> "actor".equals(credit.role()))
                    .allSatisfy(credit -> assertThat(credit.character()).isNotBlank());
        });
        assertThat(catalog.characters()).isGreaterThan(3 * 300);
    }

    @Test
    void shouldGiveSomePersonsAliasesAndSomeANameSharedWithSomeoneElse() {
        // When
        final SyntheticCatalog catalog = SyntheticCatalog.generate(42, 2_000, 20_000);

        // Then
        assertThat(catalog.personAliases()).isBetween(2_000, 8_000);
        assertThat(catalog.sharedNamePersons()).isBetween(20, 2_000);
        assertThat(catalog.showAliases()).isGreaterThan(200);
        assertThat(catalog.persons()).flatExtracting(PersonEntry::aliases)
                .anyMatch(alias -> alias.matches("[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+"));
    }
}
