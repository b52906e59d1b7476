package io.newsreel.sink.api;

import io.newsreel.sink.person.PersonSummary;
import java.util.List;

/**
 * The list of persons as the API returns it.
 *
 * @param persons persons, most articles first
 */
public record PersonsResponse(List<PersonSummary> persons) {
}
