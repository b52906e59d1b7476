package io.newsreel.processor.retag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LatestRevisionsTest {

    @Test
    void shouldKeepTheHighestRevisionWhereverItSits() {
        final LatestRevisions latest = new LatestRevisions();

        latest.add(article("a1", 2), 0, 5);
        latest.add(article("a1", 1), 0, 9);

        assertThat(latest.isLatest("a1", 0, 5)).isTrue();
        assertThat(latest.isLatest("a1", 0, 9)).isFalse();
    }

    @Test
    void shouldKeepTheLaterCopyOfTheSameRevision() {
        final LatestRevisions latest = new LatestRevisions();

        latest.add(article("a1", 1), 2, 3);
        latest.add(article("a1", 1), 2, 7);

        assertThat(latest.isLatest("a1", 2, 7)).isTrue();
        assertThat(latest.positions()).hasSize(1);
    }

    @Test
    void shouldKnowNothingOfAnUnseenArticle() {
        assertThat(new LatestRevisions().isLatest("a1", 0, 0)).isFalse();
    }

    private static Article article(final String id, final int revision) {
        final Instant at = Instant.parse("2024-03-01T00:00:00Z");
        return new Article(id, revision, null, null, "t", null, at, false, null, "text", null, at);
    }
}
