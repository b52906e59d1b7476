package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.newsreel.sink.store.ArticleQueries;

/** {@code /api/articles/{id}}. */
final class ArticleRoutes {

    private final ArticleQueries articles;

    ArticleRoutes(final ArticleQueries articles) {
        this.articles = articles;
    }

    void article(final Context ctx) {
        final String id = ctx.pathParam("id");
        ctx.json(articles.article(id).orElseThrow(() -> ApiException.notFound("No article with id " + id)));
    }
}
