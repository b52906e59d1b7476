package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CueScannerTest {

    private final CueScanner scanner = new CueScanner(CueLexicon.CUES);

    @Test
    void cuesComeInTextOrderTheLongestFirstWhereSeveralStartTogether() {
        assertThat(found("It is set to end in spring, with episodes on Fridays."))
                .containsExactly("set to end:FINALE_VERB", "set to:TENSE", "spring:SEASON_OF_YEAR",
                        "episodes:EPISODES", "Fridays:CADENCE");
    }

    @Test
    void aCueInsideALongerOneOfItsKindIsDropped() {
        assertThat(found("It moves to KBS 2TV in spring.")).containsExactly("KBS 2TV:PLATFORM",
                "spring:SEASON_OF_YEAR");
    }

    private List<String> found(final String text) {
        return scanner.scan(text, text.toLowerCase(Locale.ROOT)).stream()
                .map(hit -> text.substring(hit.start(), hit.end()) + ":" + hit.kind()).toList();
    }
}
