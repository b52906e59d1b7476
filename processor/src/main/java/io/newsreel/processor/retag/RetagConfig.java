package io.newsreel.processor.retag;

import java.util.Map;

/**
 * Everything a re-tag is configured with.
 *
 * @param kafka Kafka client properties, at least {@code bootstrap.servers}
 * @param filter which articles to look at
 * @param dryRun report what would change and publish nothing
 * @param batchSize changed articles per transaction
 * @param transactionalId the producer's transactional id; re-tags sharing it never run at once
 */
public record RetagConfig(Map<String, Object> kafka, RetagFilter filter, boolean dryRun, int batchSize,
                          String transactionalId) {

    public static final int DEFAULT_BATCH_SIZE = 100;
    public static final String DEFAULT_TRANSACTIONAL_ID = "newsreel-retag";

    public RetagConfig {
        kafka = Map.copyOf(kafka);
        if (filter == null) {
            filter = RetagFilter.ALL;
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (transactionalId == null || transactionalId.isBlank()) {
            throw new IllegalArgumentException("transactionalId must not be blank");
        }
    }

    public static RetagConfig defaults(final Map<String, Object> kafka, final RetagFilter filter,
                                       final boolean dryRun) {
        return new RetagConfig(kafka, filter, dryRun, DEFAULT_BATCH_SIZE, DEFAULT_TRANSACTIONAL_ID);
    }
}
