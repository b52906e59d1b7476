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
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MatchStartsTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(?:(next|last)\\s+)?(dec(?:ember)?|may)\\.?\\s+(\\d{1,2})\\b"),
            Pattern.compile("(?i)\\b(?:series|drama|k-drama|season)\\b"),
            Pattern.compile("\\b(?:a|an|the)\\s+\\d+\\b|\\b_x"),
            Pattern.compile("\\b(?<!such )as\\b(?! actor)"),
            Pattern.compile("\\b(?:one|on|three|thirty)\\b(?:\\s+episodes)?"));
    private static final List<String> PIECES = List.of("december", "Dec", "dec.", "may", "6", "16th", "next", "the",
            "a", "an", "as", "such", "actor", "K-Drama", "SERIES", "season", "_x", ",", " ", "-", "\n", "é", "ÉS", "one", "on", "three",
            "thirty", "thi", " episodes");

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

    @Test
    void shouldPassOverAWordWhoseThirdCharacterRulesOutAMatch() {
        final MatchStarts.Opening opening = MatchStarts.wordStartOf(Pattern.compile("\\b(?:three|thirty|on)\\b"));

        assertThat(opening.at("the", 0)).isFalse();
        assertThat(opening.at("one", 0)).isFalse();
        assertThat(opening.at("three", 0)).isTrue();
        assertThat(opening.at("thi", 0)).isTrue();
        assertThat(opening.at("on.", 0)).isTrue();
    }

    @Property(tries = 3000)
    void shouldFindWhatFindFinds(@ForAll("texts") final String text, @ForAll("patterns") final Pattern pattern,
                                 @ForAll @IntRange(max = 100) final int cut) {
        final int to = text.length() - Math.min(cut % 4, text.length());
        final MatchStarts.Opening opening = MatchStarts.wordStartOf(pattern);
        final Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        final List<String> found = new ArrayList<>();
        for (int at = 0; MatchStarts.find(matcher, text, at, to, opening); at = matcher.end()) {
            found.add(matcher.start() + "-" + matcher.end());
        }

        assertThat(found).as("'%s' up to %d, %s", text, to, pattern).isEqualTo(searched(pattern, text, to));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Pattern> patterns() {
        return Arbitraries.of(PATTERNS);
    }

    /** What {@code find()} finds before {@code to}, seeing past it for word boundaries as the windows do. */
    private static List<String> searched(final Pattern pattern, final String text, final int to) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = pattern.matcher(text).useTransparentBounds(true).region(0, to);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }
}
