package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PersonDiscoveryTest {

    @Test
    void shouldTakeTheRoleFromTheWordBeforeTheName() {
        final String text = "Director Choi Jung-gyu said actress Seo Hyun-jin had joined.";

        assertThat(PersonDiscovery.find(text, CastPatterns.find(text)))
                .filteredOn(person -> person.rule().equals("role-word"))
                .extracting(DiscoveredPerson::name, DiscoveredPerson::role)
                .containsExactly(Tuple.tuple("Choi Jung-gyu", "director"), Tuple.tuple("Seo Hyun-jin", "actor"));
    }

    @Test
    void shouldReadTheRoleWordInAnyCaseAndPluralButOnlyAsAWholeWord() {
        final String text = "The co-stars Han Ye-seul and SCREENWRITERS Jung Seo-kyung met; the filmmaker's Kim "
                + "Dae-ho came, unlike the superstar Park Min-jae and the 2star Lee Soo-min.";

        assertThat(PersonDiscovery.find(text, List.of()))
                .filteredOn(person -> person.rule().equals("role-word"))
                .extracting(DiscoveredPerson::name, DiscoveredPerson::role)
                .containsExactly(Tuple.tuple("Han Ye-seul", "actor"), Tuple.tuple("Jung Seo-kyung", "writer"));
    }

    @Test
    void shouldPutWesternOrderNamesInKoreanOrder() {
        assertThat(PersonDiscovery.find("We met Hyun-jin Seo in Seoul.", List.of()))
                .extracting(DiscoveredPerson::name).containsExactly("Seo Hyun-jin");
    }

    @Test
    void shouldTakeTheActorSideOfACastPair() {
        final String text = "Yoon Jae-hee (Lee Do-hyun) returns.";

        assertThat(PersonDiscovery.find(text, CastPatterns.find(text)))
                .filteredOn(person -> person.role() != null)
                .extracting(DiscoveredPerson::name).containsExactly("Lee Do-hyun");
    }

    @Test
    void shouldIgnoreCapitalizedWordsThatAreNotKoreanNames() {
        assertThat(PersonDiscovery.find("Disney Plus and Netflix Korea announced New-Year specials.", List.of()))
                .isEmpty();
    }
}
