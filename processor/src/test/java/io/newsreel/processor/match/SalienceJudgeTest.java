package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.processor.trie.Alternation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SalienceJudgeTest {

    /** What looking back means, written as a regular expression searched through the text before a mention. */
    private static final Pattern DEFINITION = Pattern.compile(Alternation.of(SalienceJudge.LOOKING_BACK_WORDS)
            + "[^.!?\\n]{0,40}$");

    @Test
    void shouldLookBackOnlyFromAPhraseCloseEnoughBeforeTheMention() {
        assertThat(List.of("she starred in ", "after the success of her long-running show ", "wrote the script. ",
                "she starred in\nthe ", "directed the hit series, which ran for two seasons and one special, ",
                "the new series "))
                .filteredOn(SalienceJudge::looksBack)
                .containsExactly("she starred in ", "after the success of her long-running show ");
    }

    @Property(tries = 3_000)
    void shouldAgreeWithItsDefinition(@ForAll("befores") final String before) {
        assertThat(SalienceJudge.looksBack(before)).as("'%s'", before).isEqualTo(DEFINITION.matcher(before).find());
    }

    @Provide
    Arbitrary<String> befores() {
        final List<String> pieces = new ArrayList<>(SalienceJudge.LOOKING_BACK_WORDS);
        pieces.addAll(List.of(" ", "the ", "x", "long filler words ", "ten chars.", "!", "?", "\n", "\r", "\r\n",
                "\u0085", "wro", "te", "hit"));
        return Arbitraries.of(pieces).list().ofMaxSize(8).map(chosen -> String.join("", chosen));
    }
}
