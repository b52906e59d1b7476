package io.newsreel.sink.api;

import io.newsreel.sink.person.PersonSummary;
import java.util.List;

/**
 * What a search found.
 *
 * @param query the query as given
 * @param shows matching shows, most recently updated first
 * @param persons matching persons, most articles first
 * @param articles articles with a matching title, newest first
 */
public record SearchResponse(String query, List<ShowView> shows, List<PersonSummary> persons,
                             List<ArticleHit> articles) {
}
