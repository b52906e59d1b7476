package io.newsreel.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110). */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the header asks for, never negative; null when the header is absent or unreadable. */
    static Duration parse(final String header, final Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        final String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (final NumberFormatException notSeconds) {
            try {
                final Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (final DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
