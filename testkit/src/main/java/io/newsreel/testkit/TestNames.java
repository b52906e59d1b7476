package io.newsreel.testkit;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Unique names for topics, consumer groups, transactional ids and Streams application ids, so
 * tests sharing one cluster never see each other's data or group state.
 */
public final class TestNames {

    /** Kafka's rule for topic names, the strictest of the names these are used for. */
    private static final Pattern LEGAL_PREFIX = Pattern.compile("[a-zA-Z0-9._-]+");

    private TestNames() {
    }

    /** {@code prefix} followed by a random suffix, e.g. {@code headlines-3f2a...}. */
    public static String unique(final String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!LEGAL_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "prefix '" + prefix + "' may only contain letters, digits, '.', '_' and '-'");
        }
        return prefix + "-" + UUID.randomUUID();
    }
}
