package io.newsreel.sink.api;

import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An article a search found.
 *
 * @param id article id
 * @param title plain-text title
 * @param url canonical URL
 * @param published publication time
 * @param shows ids of the shows it is tagged with
 */
public record ArticleHit(String id, String title, String url, Instant published, List<String> shows) {

    static final Comparator<ArticleHit> NEWEST_FIRST = Comparator
            .comparing(ArticleHit::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ArticleHit::id);

    static ArticleHit of(final TaggedArticle article) {
        return new ArticleHit(article.id(), article.title(), article.url(), article.published(),
                article.shows().stream().map(ShowTag::id).toList());
    }
}
