package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.newsreel.sink.search.LocalSearch;
import io.newsreel.sink.search.SearchText;
import io.newsreel.sink.store.PersonQueries;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** {@code /api/search}: shows, persons and articles by name or title. */
final class SearchRoutes {

    private static final int MAX_QUERY_LENGTH = 200;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 200;

    private final LocalSearch search;
    private final ShowViews views;

    SearchRoutes(final LocalSearch search, final ShowViews views) {
        this.search = search;
        this.views = views;
    }

    /** What this instance holds that matches. */
    SearchResponse localMatches(final Context ctx) {
        final String query = query(ctx);
        final SearchText text = searchText(query);
        final int limit = QueryParams.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        return new SearchResponse(query,
                // Limited before each show's next release is looked up, which costs a range scan per show.
                search.shows(text, limit).stream().map(views::of).toList(),
                search.persons(text, limit),
                search.articles(text, limit).stream().map(ArticleHit::of).toList());
    }

    SearchResponse merge(final Context ctx, final List<SearchResponse> parts) {
        final int limit = QueryParams.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        return new SearchResponse(parts.get(0).query(),
                merged(parts, SearchResponse::shows, ShowView.MOST_RECENTLY_UPDATED_FIRST, limit),
                merged(parts, SearchResponse::persons, PersonQueries.MOST_ARTICLES_FIRST, limit),
                merged(parts, SearchResponse::articles, ArticleHit.NEWEST_FIRST, limit));
    }

    private static <T> List<T> merged(final List<SearchResponse> parts, final Function<SearchResponse, List<T>> list,
                                      final Comparator<? super T> order, final int limit) {
        return parts.stream().map(list).flatMap(List::stream).sorted(order).limit(limit).toList();
    }

    /** {@code q}: required and at most 200 characters. */
    private static String query(final Context ctx) {
        final String query = QueryParams.present(ctx, "q");
        if (query == null) {
            throw ApiException.badParameter("Parameter q is required");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badParameter("Parameter q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return query;
    }

    private static SearchText searchText(final String query) {
        try {
            return SearchText.of(query);
        } catch (final IllegalArgumentException e) {
            throw ApiException.badParameter("Parameter q must contain a letter or a digit");
        }
    }
}
