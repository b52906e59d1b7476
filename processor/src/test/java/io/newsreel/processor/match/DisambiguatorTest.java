package io.newsreel.processor.match;

import static io.newsreel.processor.fixtures.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ShowEntry;
import io.newsreel.processor.catalog.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two persons named Yoon Tae-ha: on a tie the first in the catalog wins, so each test expects the second and fails
 * when the sign it is about is not counted.
 */
class DisambiguatorTest {

    private static final PersonEntry PRODUCER = new PersonEntry("yoon-tae-ha-producer", "Yoon Tae-ha", List.of(),
            List.of("producer"), Map.of(), false);
    private static final PersonEntry DIRECTOR = new PersonEntry("yoon-tae-ha-director", "Yoon Tae-ha", List.of(),
            List.of("director"), Map.of(), false);
    private static final PersonEntry CO_STAR = new PersonEntry("seo-min-gyu", "Seo Min-gyu", List.of(),
            List.of("actor"), Map.of(), false);
    private static final ShowEntry LANTERN_STREET = show("lantern-street", "Lantern Street",
            new Credit("yoon-tae-ha-producer", "producer", null));
    private static final ShowEntry SALT_WIND = show("salt-wind", "Salt Wind",
            new Credit("yoon-tae-ha-director", "director", null), new Credit("seo-min-gyu", "actor", "Ha Jin"));

    private final Tagger tagger = new Tagger(Catalog.of(List.<CatalogEntry>of(LANTERN_STREET, SALT_WIND, PRODUCER,
            DIRECTOR, CO_STAR)), "test");

    @Test
    void shouldChooseTheNamesakeCreditedInAShowTheArticleNames() {
        assertThat(personIds("The second season of Salt Wind begins filming; Yoon Tae-ha is back."))
                .containsExactly("yoon-tae-ha-director");
    }

    @Test
    void shouldChooseTheNamesakeWhoWorkedWithAPersonTheArticleNames() {
        assertThat(personIds("Seo Min-gyu joined a new project. Yoon Tae-ha is back as well."))
                .containsExactly("seo-min-gyu", "yoon-tae-ha-director");
    }

    @Test
    void shouldChooseTheNamesakeWhoseRoleIsWrittenBeforeTheName() {
        assertThat(personIds("The project is led by director Yoon Tae-ha, back after two years."))
                .containsExactly("yoon-tae-ha-director");
    }

    @Test
    void shouldKeepTheFirstNamesakeWhenNothingTellsThemApart() {
        assertThat(personIds("Yoon Tae-ha is back after two years.")).containsExactly("yoon-tae-ha-producer");
    }

    private List<String> personIds(final String text) {
        return tagger.tag(article("d1", "News", text)).persons().stream().map(PersonTag::id).toList();
    }

    private static ShowEntry show(final String id, final String title, final Credit... credits) {
        return new ShowEntry(id, title, List.of(), 2024, "Netflix", null, List.of(), List.of(credits), false);
    }
}
