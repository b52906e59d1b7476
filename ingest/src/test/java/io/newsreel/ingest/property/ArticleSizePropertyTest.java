package io.newsreel.ingest.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.publish.ArticleSize;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ArticleSize} on articles of any size and text: the record always fits the limit (when the fields it may cut
 * can make it fit), an article that fits is published as it is, and a cut one keeps its identity and the beginning
 * of every text.
 */
class ArticleSizePropertyTest {

    @Property(tries = 200)
    void shouldFitEveryArticleUnderTheLimitKeepingWhatItCan(@ForAll("articles") final Article article,
                                                           @ForAll @IntRange(min = 2_048, max = 65_536) final int max) {
        final byte[] whole = Topics.RAW_ARTICLES.valueSerde().toBytes(article);

        final byte[] bytes = ArticleSize.serialize(article, max);

        final Article fitted = Topics.RAW_ARTICLES.valueSerde().fromBytes(bytes);
        assertThat(bytes.length).isLessThanOrEqualTo(Math.max(max, 0));
        if (whole.length <= max) {
            assertThat(bytes).isEqualTo(whole);
        }
        assertThat(fitted.id()).isEqualTo(article.id());
        assertThat(fitted.url()).isEqualTo(article.url());
        assertThat(article.title()).startsWith(fitted.title());
        assertThat(article.summary()).startsWith(fitted.summary());
        assertThat(article.text()).startsWith(fitted.text());
    }

    @Provide
    Arbitrary<Article> articles() {
        final Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20_000),
                Arbitraries.strings().withCharRange('가', '힣').ofMinLength(1).ofMaxLength(40)
                        .map(s -> s.repeat(1_000)));
        final Arbitrary<List<String>> media = Arbitraries.strings().alpha().ofMaxLength(30)
                .map(s -> "https://cdn.example/" + s).list().ofMaxSize(20);
        return Combinators.combine(text, text, text, media).as((title, summary, body, links) -> new Article("id-1", 1,
                "https://news.example/a", "https://news.example/feed", title, "Desk", Instant.EPOCH, false, summary,
                body, "ko", Instant.EPOCH, links, null));
    }
}
