package io.newsreel.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void shouldKeepParagraphsApartAndDecodeEntities() {
        final String html = "<p>Season 2 &mdash; six episodes.</p><p>It&#8217;s <em>here</em>.</p>";

        assertThat(HtmlText.toText(html)).isEqualTo("Season 2 \u2014 six episodes.\n\nIt\u2019s here.");
    }

    @Test
    void shouldDropScriptsAndStyles() {
        final String html = "<style>p{}</style><p>Visible</p><script>alert('x')</script>";

        assertThat(HtmlText.toText(html)).isEqualTo("Visible");
    }

    @Test
    void shouldCollapseWhitespaceAndKeepLineBreaks() {
        assertThat(HtmlText.toText("  one\n\t two<br>three  ")).isEqualTo("one two\nthree");
    }

    @Test
    void shouldGiveEmptyTextForNothing() {
        assertThat(HtmlText.toText(null)).isEmpty();
        assertThat(HtmlText.toText("   ")).isEmpty();
    }
}
