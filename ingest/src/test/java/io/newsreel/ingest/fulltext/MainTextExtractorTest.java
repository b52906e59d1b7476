package io.newsreel.ingest.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    @Test
    void shouldFindTheArticleBodyAmongBoilerplate() {
        final String page = """
                <html><head><title>Desk</title><script>track()</script></head><body>
                <header><nav><a href="/">Home</a> <a href="/dramas">Dramas</a></nav></header>
                <aside><p>Most read: a completely different story about another series entirely.</p></aside>
                <main><article>
                  <h1>Finale week</h1>
                  <div class="body">
                    <p>The romance series closes this Wednesday with its last two episodes, the platform said.</p>
                    <p>Its leads, who met on set, spoke about the songs, the rehearsals, and the final scene.</p>
                    <div class="ad"><p>Advertisement</p></div>
                    <p>All six episodes stay available to stream after the finale airs.</p>
                  </div>
                </article></main>
                <footer><p>Copyright newsroom, all rights reserved, no reuse without permission.</p></footer>
                </body></html>""";

        final String text = MainTextExtractor.extract(Jsoup.parse(page));

        assertThat(text).startsWith("The romance series closes this Wednesday")
                .contains("\n\nIts leads, who met on set")
                .endsWith("after the finale airs.")
                .doesNotContain("Most read", "Copyright", "Home");
    }

    @Test
    void shouldGiveNothingForAPageWithoutProse() {
        assertThat(MainTextExtractor.extract(Jsoup.parse("<html><body><a href='/'>Home</a></body></html>")))
                .isEmpty();
    }
}
