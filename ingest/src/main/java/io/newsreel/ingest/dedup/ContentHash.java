package io.newsreel.ingest.dedup;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.normalize.ArticleIds;

/**
 * Fingerprint of what readers see of an article. Times ingest makes up (first seen, an estimated publication time)
 * are left out, so polling an unchanged item again never looks like a change.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(final Article article) {
        return ArticleIds.hash(String.join("\u0000",
                nullToEmpty(article.url()),
                nullToEmpty(article.title()),
                nullToEmpty(article.author()),
                article.publishedEstimated() ? "" : String.valueOf(article.published()),
                nullToEmpty(article.summary()),
                nullToEmpty(article.text()),
                String.join(" ", article.media())));
    }

    private static String nullToEmpty(final String value) {
        return value == null ? "" : value;
    }
}
