package io.newsreel.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeenArticlesTest {

    private final SeenArticles seen = new SeenArticles();

    @Test
    void shouldAdmitANewArticleAsRevisionOne() {
        assertThat(seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z"))))
                .hasValueSatisfying(admitted -> assertThat(admitted.article().revision()).isEqualTo(1));
    }

    @Test
    void shouldNotAdmitWhatWasPublishedEvenWhenFirstSeenAgainLater() {
        seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z")))
                .ifPresent(admitted -> seen.remember(admitted.fingerprint()));

        assertThat(seen.admit(article("Body", Instant.parse("2023-12-07T00:00:00Z")))).isEmpty();
    }

    @Test
    void shouldAdmitARealChangeAsTheNextRevision() {
        seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z")))
                .ifPresent(admitted -> seen.remember(admitted.fingerprint()));

        assertThat(seen.admit(article("Corrected body", Instant.parse("2023-12-06T00:00:00Z"))))
                .hasValueSatisfying(admitted -> assertThat(admitted.article().revision()).isEqualTo(2));
    }

    @Test
    void shouldAdmitAgainWhatWasReleasedBecausePublicationFailed() {
        seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z")))
                .ifPresent(admitted -> seen.release(admitted.fingerprint()));

        assertThat(seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z")))).isPresent();
    }

    @Test
    void shouldNotAdmitTwiceWhileAPublicationIsUnderWay() {
        assertThat(seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z")))).isPresent();

        assertThat(seen.admit(article("Body", Instant.parse("2023-12-06T00:00:00Z")))).isEmpty();
    }

    private static Article article(final String text, final Instant firstSeen) {
        return new Article("id-1", 1, "https://news.example/1", "https://news.example/feed", "Title", null,
                firstSeen, true, null, text, null, firstSeen);
    }
}
