package io.newsreel.sink.api;

/**
 * The body of every error the API answers with.
 *
 * @param status HTTP status
 * @param error short reason phrase
 * @param message what went wrong, for a person
 */
public record ApiError(int status, String error, String message) {
}
