package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.processor.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class NameRunsTest {

    @Test
    void shouldKeepTheWordsNotWrittenLowerCaseInRunsSetApart() {
        // Given
        final ArticleText article = articleText("Kuem Sae-Rok and Steve Noh met 2NE1's (Sohn) in the K-drama");

        // When
        final NormalizedText runs = article.nameRuns();

        // Then: "drama" follows a hyphen, not a space, and may end a name
        assertThat(runs.text()).isEqualTo("kuem sae rok | steve noh | 2ne1 s sohn | k drama");
    }

    @Test
    void shouldMapEveryKeptWordBackToWhereItIsWritten() {
        // Given
        final ArticleText article = articleText("The drama stars Kuem Sae-Rok, opposite Son Jung-Hyuk.");

        // When
        final NormalizedText runs = article.nameRuns();

        // Then
        final int start = runs.text().indexOf("son");
        final int end = runs.text().indexOf("hyuk") + "hyuk".length();
        assertThat(article.original().substring(runs.originalStart(start), runs.originalEnd(end)))
                .isEqualTo("Son Jung-Hyuk");
        assertThat(runs.text()).isEqualTo("the | kuem sae rok | son jung hyuk");
    }

    @Test
    void shouldNotBreakARunAtALineBreak() {
        // Given a title ending in a name and a body starting with one
        final ArticleText article = articleText("Interview with Han So-hee", "Park Hyung-sik said so.");

        // When
        final NormalizedText runs = article.nameRuns();

        // Then: a line break is no lower-case word
        assertThat(runs.text()).isEqualTo("interview | han so hee park hyung sik");
    }

    @Test
    void shouldLeaveNothingOfATextAllInLowerCase() {
        assertThat(articleText("all in lower case", "and so on").nameRuns().text()).isEmpty();
    }

    private static ArticleText articleText(final String title) {
        return articleText(title, "");
    }

    private static ArticleText articleText(final String title, final String body) {
        return ArticleText.of(Fixtures.article("runs", title, body));
    }
}
