package io.newsreel.processor.trie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MatchStartsTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(?:(next|last)\\s+)?(dec(?:ember)?|may)\\.?\\s+(\\d{1,2})\\b"),
            Pattern.compile("(?i)\\b(?:series|drama|k-drama|season)\\b"),
            Pattern.compile("\\b(?:a|an|the)\\s+\\d+\\b|\\b_x"),
            Pattern.compile("\\b(?<!such )as\\b(?! actor)"));
    private static final List<String> PIECES = List.of("december", "Dec", "dec.", "may", "6", "16th", "next", "the",
            "a", "an", "as", "such", "actor", "K-Drama", "SERIES", "season", "_x", ",", " ", "-", "\n", "é", "ÉS");

    @Test
    void shouldPassOverAWordStartThatCannotOpenAMatch() {
        final MatchStarts.Opening opening = MatchStarts.wordStartOf(Pattern.compile("\\b(?:next\\s+)?dec\\w*"));
        final String text = "the next dec, not deck";

        assertThat(List.of(0, 4, 9, 14, 18)).filteredOn(at -> opening.at(text, at)).containsExactly(4, 9, 18);
    }

    @Test
    void shouldTryAWordStartWithACharacterBeyondAsciiOrAtTheEnd() {
        final MatchStarts.Opening opening = MatchStarts.wordStartOf(Pattern.compile("\\bdé\\w*|\\bx"));

        assertThat(opening.at("dé", 0)).isTrue();
        assertThat(opening.at("a x", 2)).isTrue();
        assertThat(opening.at("a xy", 2)).isTrue();
        assertThat(opening.at("a yx", 2)).isFalse();
    }

    @Property(tries = 3000)
    void shouldFindWhatFindFinds(@ForAll("texts") final String text, @ForAll("patterns") final Pattern pattern) {
        final MatchStarts.Opening opening = MatchStarts.wordStartOf(pattern);
        final Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        final List<String> found = new ArrayList<>();
        for (int at = 0; MatchStarts.find(matcher, text, at, text.length(), opening); at = matcher.end()) {
            found.add(matcher.start() + "-" + matcher.end());
        }

        assertThat(found).as("'%s' %s", text, pattern).isEqualTo(searched(pattern, text));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Pattern> patterns() {
        return Arbitraries.of(PATTERNS);
    }

    private static List<String> searched(final Pattern pattern, final String text) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }
}
