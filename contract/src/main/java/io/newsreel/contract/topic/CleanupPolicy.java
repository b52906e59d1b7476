package io.newsreel.contract.topic;

import java.util.Locale;

/** How Kafka retains a topic: by time ({@code delete}) or the latest value per key ({@code compact}). */
public enum CleanupPolicy {
    DELETE,
    COMPACT;

    /** The value of the topic-level {@code cleanup.policy} setting. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
