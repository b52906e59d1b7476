package io.newsreel.ingest;

import io.newsreel.ingest.fetch.FetchSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the ingest service is configured with.
 *
 * @param kafka Kafka client properties, at least {@code bootstrap.servers}; passed through to every client
 * @param instanceId distinguishes ingest instances; part of the transactional id, so it must be stable per instance
 * @param fetchThreads feeds fetched at once
 * @param defaultPollInterval interval for subscriptions that name none
 * @param maxBackoff the longest wait after repeated failures
 * @param fetch limits of every fetch
 */
public record IngestConfig(
        Map<String, Object> kafka,
        String instanceId,
        int fetchThreads,
        Duration defaultPollInterval,
        Duration maxBackoff,
        FetchSettings fetch) {

    public IngestConfig {
        kafka = Map.copyOf(kafka);
        Objects.requireNonNull(instanceId, "instanceId");
        if (fetchThreads < 1) {
            throw new IllegalArgumentException("fetchThreads must be at least 1, was " + fetchThreads);
        }
    }

    public static IngestConfig defaults(final Map<String, Object> kafka) {
        return new IngestConfig(kafka, "ingest-1", 8, Duration.ofMinutes(15), Duration.ofHours(6),
                FetchSettings.DEFAULTS);
    }

    public IngestConfig withDefaultPollInterval(final Duration interval) {
        return new IngestConfig(kafka, instanceId, fetchThreads, interval, maxBackoff, fetch);
    }
}
