package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void shouldReadCardinalsInDigitsAndWords() {
        assertThat(Numbers.cardinal("16")).isEqualTo(16);
        assertThat(Numbers.cardinal("six")).isEqualTo(6);
        assertThat(Numbers.cardinal("Sixteen")).isEqualTo(16);
        assertThat(Numbers.cardinal("twenty-four")).isEqualTo(24);
        assertThat(Numbers.cardinal("many")).isNull();
        assertThat(Numbers.cardinal("12345")).isNull();
    }

    @Test
    void shouldReadOrdinals() {
        assertThat(Numbers.ordinal("second")).isEqualTo(2);
        assertThat(Numbers.ordinal("3rd")).isEqualTo(3);
        assertThat(Numbers.ordinal("twentieth")).isEqualTo(20);
        assertThat(Numbers.ordinal("next")).isNull();
    }

    @Test
    void shouldMatchWholeNumberWordsInPatterns() {
        final Pattern cardinal = Pattern.compile("\\b" + Numbers.CARDINAL + "\\b");
        assertThat(cardinal.matcher("sixteen").matches()).isTrue();
        assertThat(cardinal.matcher("thirty-two").matches()).isTrue();
        assertThat(cardinal.matcher("sixteenth").matches()).isFalse();
    }
}
