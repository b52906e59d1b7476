package io.newsreel.processor.retag;

import io.newsreel.contract.event.TaggedArticle;
import java.util.List;

/**
 * How an article's tags change when it is tagged again.
 *
 * @param current the tags published so far
 * @param retagged the tags the current catalog and rules give
 * @param changes every difference, in the order shows, persons, characters, releases; empty when nothing changed
 */
public record ArticleDiff(TaggedArticle current, TaggedArticle retagged, List<TagChange> changes) {

    public ArticleDiff {
        changes = List.copyOf(changes);
    }

    public String articleId() {
        return retagged.id();
    }

    /** Whether the article has to be published again. */
    public boolean changed() {
        return !changes.isEmpty();
    }
}
