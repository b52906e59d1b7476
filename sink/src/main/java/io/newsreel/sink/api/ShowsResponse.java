package io.newsreel.sink.api;

import java.util.List;

/**
 * The list of shows as the API returns it.
 *
 * @param shows every show with a timeline, most recently updated first
 */
public record ShowsResponse(List<ShowView> shows) {
}
