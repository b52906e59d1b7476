package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.processor.eval.LabelledArticle;
import io.newsreel.processor.eval.LabelledSet;
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

class QuotedTitlesTest {

    private static final Pattern SPECIFICATION = Pattern.compile(QuotedTitles.PATTERN);

    @Test
    void shouldFindTheTitleBetweenAnyOpeningAndClosingQuotes() {
        assertThat(found("\u201cMoving\u201d and 'Mr. Sunshine', \"Reply 1988\" and \u2018D.P.\u2019"))
                .containsExactly("Moving", "Mr. Sunshine", "Reply 1988", "D.P.");
    }

    @Test
    void shouldNotOpenATitleWithTheQuoteThatClosedOne() {
        assertThat(found("\"Signal\"Moving\" and 'Kingdom''Sweet Home'")).containsExactly("Signal", "Kingdom",
                "Sweet Home");
    }

    @Test
    void shouldFindNoTitleCutOffByALowerCaseLetterALineBreakOrItsLength() {
        final String longest = "A" + "b".repeat(QuotedTitles.LONGEST_TAIL);

        assertThat(found("Joo's 'Kim's' \"Line\nbreak\" 'x' 'A' '" + longest + "b' '" + longest + "'"))
                .containsExactly(longest);
    }

    @Test
    void shouldFindWhatItsPatternFindsInEveryLabelledArticle() {
        for (final LabelledArticle article : LabelledSet.articles()) {
            final String text = article.title() + "\n\n" + article.text();
            assertThat(spans(text)).as(text).isEqualTo(specifiedSpans(text));
        }
    }

    @Property(tries = 3000)
    void shouldFindWhatItsPatternFinds(@ForAll("quotedTexts") final String text) {
        assertThat(spans(text)).isEqualTo(specifiedSpans(text));
    }

    @Provide
    Arbitrary<String> quotedTexts() {
        // A run of letters one short of the longest tail brings titles just under and just over the limit.
        final Arbitrary<String> pieces = Arbitraries.of("\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "\n",
                " ", "A", "Z", "0", "9", "a", "z", "s ", ".", "Moving", "Reply 1988",
                "b".repeat(QuotedTitles.LONGEST_TAIL - 1));
        return pieces.list().ofMaxSize(16).map(list -> String.join("", list));
    }

    private static List<String> found(final String text) {
        final List<String> titles = new ArrayList<>();
        QuotedTitles.forEach(text, quoted -> titles.add(text.substring(quoted.titleStart(), quoted.titleEnd())));
        return titles;
    }

    private static List<List<Integer>> spans(final String text) {
        final List<List<Integer>> spans = new ArrayList<>();
        QuotedTitles.forEach(text, quoted -> spans.add(List.of(quoted.start(), quoted.end(), quoted.titleStart(),
                quoted.titleEnd())));
        return spans;
    }

    private static List<List<Integer>> specifiedSpans(final String text) {
        final List<List<Integer>> spans = new ArrayList<>();
        final Matcher matcher = SPECIFICATION.matcher(text);
        while (matcher.find()) {
            spans.add(List.of(matcher.start(), matcher.end(), matcher.start("title"), matcher.end("title")));
        }
        return spans;
    }
}
