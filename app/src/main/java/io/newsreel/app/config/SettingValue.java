package io.newsreel.app.config;

/**
 * A setting's value as found outside the command line.
 *
 * @param value the text found
 * @param origin where, for messages: {@code environment variable NEWSREEL_HTTP_PORT}, {@code newsreel.properties}
 */
public record SettingValue(String value, String origin) {
}
