package io.newsreel.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Which Kafka the tests get, chosen by the system property or environment variable
 * {@value #SETTING} ({@code embedded}, {@code testcontainers} or {@code auto}, the default).
 */
enum KafkaClusterKind {
    AUTO,
    EMBEDDED,
    TESTCONTAINERS;

    static final String SETTING = "NEWSREEL_TEST_KAFKA";

    /** Reads the setting; a system property wins over the environment so one build can override CI defaults. */
    static KafkaClusterKind configured() {
        return parse(System.getProperty(SETTING, System.getenv(SETTING)));
    }

    static KafkaClusterKind parse(final String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        final String normalized = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(normalized))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(SETTING + "=" + value
                        + " is not one of auto, embedded, testcontainers"));
    }

    /** Settles {@link #AUTO}; the Docker check is slow, so it only runs when the choice depends on it. */
    KafkaClusterKind resolve(final BooleanSupplier dockerAvailable) {
        if (this != AUTO) {
            return this;
        }
        return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
    }
}
