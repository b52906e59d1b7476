package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PersonAfterTest {

    /** What the reading stands for, written as a regular expression. */
    private static final Pattern DEFINITION = Pattern.compile("(?:,? \\(?\\d{2}\\)?,?)? (?:"
            + String.join("|", PersonAfter.VERBS) + ")\\b");

    private static final List<String> PIECES = List.of(" said", " says", "said", " co-stars", " stars", " star",
            " returns to", " returns", " to", ",", " ", "(", ")", "33", "7", "-", "_", "x", "Kim", " won", "ton",
            ", 33,", " (33)", "\n");

    @Test
    void shouldReadAVerbMaybeAfterAnAge() {
        final String text = "Kim Ji-won said; Lee Do-hyun, 33, joined; Han So-hee (29) returns to TV; Noh Jae-won "
                + "saidx; Park Min-young, 3, said; Choi Woo-shik stars_";

        assertThat(List.of("Kim Ji-won", "Lee Do-hyun", "Han So-hee", "Noh Jae-won", "Park Min-young",
                "Choi Woo-shik").stream().map(name -> PersonAfter.follows(text, text.indexOf(name) + name.length())))
                .containsExactly(true, true, true, false, false, false);
    }

    @Property(tries = 3_000)
    void shouldAgreeWithItsDefinitionEverywhere(@ForAll("texts") final String text) {
        for (int end = 0; end <= text.length(); end++) {
            assertThat(PersonAfter.follows(text, end)).as("at %d of '%s'", end, text)
                    .isEqualTo(DEFINITION.matcher(text).region(end, text.length()).lookingAt());
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
}
