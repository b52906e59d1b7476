package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KoreanNamesTest {

    private static final List<String> PIECES = List.of("Sae-rok", "Keum", "Kim", "Hee-won", "Noh", "Sang-hyun", "Steve",
            "-", " ", "  ", "\t", "\n", "x", "Kimchi", "Lee-");

    @Test
    void shouldPutTheFamilyNameFirst() {
        assertThat(List.of("Sae-rok Keum", "Keum Sae-rok", " Hee-won Kim\n", "Steve Noh", "Sang-hyun Noh Steve",
                "Sae-rok Kimchi").stream().map(KoreanNames::koreanOrder))
                .containsExactly("Keum Sae-rok", "Keum Sae-rok", "Kim Hee-won", "Steve Noh", "Sang-hyun Noh Steve",
                        "Sae-rok Kimchi");
    }

    /** Two words split at their one space, a hyphenated given name first and a family name second, change places. */
    private static String definition(final String name) {
        final String[] parts = name.strip().split(" ");
        if (parts.length == 2 && parts[0].contains("-") && KoreanNames.FAMILY_NAMES.contains(parts[1])) {
            return parts[1] + " " + parts[0];
        }
        return name.strip();
    }

    @Property(tries = 3_000)
    void shouldAgreeWithItsDefinition(@ForAll("names") final String name) {
        assertThat(KoreanNames.koreanOrder(name)).as("'%s'", name).isEqualTo(definition(name));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(PIECES).list().ofMaxSize(5).map(pieces -> String.join("", pieces));
    }
}
