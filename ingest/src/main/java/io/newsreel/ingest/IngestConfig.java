package io.newsreel.ingest;

import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.fulltext.FullTextSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the ingest service is configured with.
 *
 * @param kafka Kafka client properties, at least {@code bootstrap.servers}; passed through to every client
 * @param instanceId distinguishes ingest instances; part of the transactional id, so it must be stable per instance
 * @param fetchThreads feeds fetched at once, across all hosts
 * @param perHostFetches feeds of one host fetched at once
 * @param defaultPollInterval interval for subscriptions that name none
 * @param maxBackoff the longest wait after repeated failures
 * @param fetch limits of every fetch
 * @param fullText when to fetch article pages for their full text
 */
public record IngestConfig(
        Map<String, Object> kafka,
        String instanceId,
        int fetchThreads,
        int perHostFetches,
        Duration defaultPollInterval,
        Duration maxBackoff,
        FetchSettings fetch,
        FullTextSettings fullText) {

    public IngestConfig {
        kafka = Map.copyOf(kafka);
        Objects.requireNonNull(instanceId, "instanceId");
        if (fetchThreads < 1) {
            throw new IllegalArgumentException("fetchThreads must be at least 1, was " + fetchThreads);
        }
        if (perHostFetches < 1) {
            throw new IllegalArgumentException("perHostFetches must be at least 1, was " + perHostFetches);
        }
    }

    public static IngestConfig defaults(final Map<String, Object> kafka) {
        return new IngestConfig(kafka, "ingest-1", 16, 2, Duration.ofMinutes(15), Duration.ofHours(6),
                FetchSettings.DEFAULTS, FullTextSettings.DEFAULTS);
    }

    public IngestConfig withDefaultPollInterval(final Duration interval) {
        return new IngestConfig(kafka, instanceId, fetchThreads, perHostFetches, interval, maxBackoff, fetch, fullText);
    }

    public IngestConfig withFetchThreads(final int threads, final int perHost) {
        return new IngestConfig(kafka, instanceId, threads, perHost, defaultPollInterval, maxBackoff, fetch, fullText);
    }

    public IngestConfig withFetch(final FetchSettings settings) {
        return new IngestConfig(kafka, instanceId, fetchThreads, perHostFetches, defaultPollInterval, maxBackoff,
                settings, fullText);
    }

    public IngestConfig withFullText(final FullTextSettings settings) {
        return new IngestConfig(kafka, instanceId, fetchThreads, perHostFetches, defaultPollInterval, maxBackoff,
                fetch, settings);
    }
}
