package io.newsreel.processor.retag;

import io.newsreel.contract.event.Article;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the latest revision of each article sits on {@code raw-articles}, found in a first pass that keeps positions
 * rather than bodies, so a re-tag of a large topic holds one article text at a time.
 */
final class LatestRevisions {

    private final Map<String, Position> byId = new HashMap<>();

    /** Called for every record of the first pass; a higher revision, or the same one published again, wins. */
    void add(final Article article, final int partition, final long offset) {
        if (article == null) {
            return;
        }
        byId.merge(article.id(), new Position(partition, offset, article.revision(), article.published()),
                (known, next) -> next.revision() >= known.revision() ? next : known);
    }

    /** Whether the record at this position is the latest revision of its article. */
    boolean isLatest(final String articleId, final int partition, final long offset) {
        final Position position = byId.get(articleId);
        return position != null && position.partition() == partition && position.offset() == offset;
    }

    Map<String, Position> positions() {
        return byId;
    }

    /**
     * One article's latest revision.
     *
     * @param published its publication time, to filter on before reading the body again
     */
    record Position(int partition, long offset, int revision, Instant published) {
    }
}
