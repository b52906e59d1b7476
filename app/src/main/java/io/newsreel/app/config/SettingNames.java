package io.newsreel.app.config;

import java.util.Locale;
import java.util.Optional;

/**
 * How one setting is spelled in each place it can come from. The option {@code --http-port} is the environment
 * variable {@code NEWSREEL_HTTP_PORT} and the key {@code http-port} in a configuration file; the Kafka client
 * setting {@code linger.ms} is {@code --kafka linger.ms=20}, {@code NEWSREEL_KAFKA_LINGER_MS} and
 * {@code kafka.linger.ms}.
 */
public final class SettingNames {

    private static final String ENVIRONMENT_PREFIX = "NEWSREEL_";
    private static final String KAFKA_ENVIRONMENT_PREFIX = ENVIRONMENT_PREFIX + "KAFKA_";
    /** Prefix of Kafka client settings in a configuration file. */
    static final String KAFKA_FILE_PREFIX = "kafka.";

    private SettingNames() {
    }

    /** {@code --http-port} → {@code http-port}. */
    public static String ofOption(final String longName) {
        return longName.replaceFirst("^-+", "");
    }

    /** {@code http-port} → {@code NEWSREEL_HTTP_PORT}. */
    public static String environmentVariable(final String setting) {
        return ENVIRONMENT_PREFIX + setting.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** {@code NEWSREEL_KAFKA_LINGER_MS} → {@code linger.ms}; empty for any other variable. */
    static Optional<String> kafkaKeyOfVariable(final String variable) {
        if (!variable.startsWith(KAFKA_ENVIRONMENT_PREFIX) || variable.length() == KAFKA_ENVIRONMENT_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(variable.substring(KAFKA_ENVIRONMENT_PREFIX.length()).replace('_', '.')
                .toLowerCase(Locale.ROOT));
    }
}
