package io.newsreel.app.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How one {@code newsreel bench ingest} run is set up; written into the JSON next to the figures so that they can be
 * compared with the settings that produced them.
 *
 * @param feeds synthetic feeds served and subscribed
 * @param items items in each feed
 * @param seed seed of the feed text
 * @param changedRatio share of feeds that list new items in round 2
 * @param fetchThreads ingest's fetch threads
 * @param perHostFetches ingest's limit of fetches at once per host; 0 for none (every feed is on one host here)
 * @param serverThreads threads of the local feed server
 * @param pollInterval each subscription's poll interval; it must outlast round 1
 * @param bootstrapServers the Kafka to use, or null for the embedded broker
 * @param out where the JSON goes
 */
record IngestBenchSettings(int feeds, int items, long seed, double changedRatio, int fetchThreads,
                           int perHostFetches, int serverThreads, Duration pollInterval, String bootstrapServers,
                           Path out) {

    IngestBenchSettings {
        if (feeds < 1 || items < 1 || fetchThreads < 1 || serverThreads < 1) {
            throw new IllegalArgumentException("feeds, items and thread counts must be at least 1");
        }
        if (perHostFetches < 0) {
            throw new IllegalArgumentException("--per-host-fetches must be 0 (no limit) or more, was "
                    + perHostFetches);
        }
        if (!(changedRatio >= 0 && changedRatio <= 1)) {
            throw new IllegalArgumentException("--changed-ratio must be within 0..1, was " + changedRatio);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("--poll-interval must be positive, was " + pollInterval);
        }
    }
}
