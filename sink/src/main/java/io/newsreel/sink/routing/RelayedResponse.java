package io.newsreel.sink.routing;

/**
 * What another instance answered, to pass on unchanged.
 *
 * @param status HTTP status
 * @param contentType its {@code Content-Type}, or null
 * @param body the body as sent
 */
public record RelayedResponse(int status, String contentType, byte[] body) {
}
