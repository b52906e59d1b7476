package io.newsreel.sink.api;

import io.newsreel.sink.person.PersonArticle;
import io.newsreel.sink.person.PersonSummary;
import java.util.List;

/**
 * One person as the API returns it.
 *
 * @param person the person
 * @param articles the newest articles naming them, newest first
 */
public record PersonResponse(PersonSummary person, List<PersonArticle> articles) {
}
