package io.newsreel.app.bench;

import java.time.Instant;
import java.util.List;

/**
 * Everything one run of {@code newsreel bench ingest} found, as written to its JSON file.
 *
 * @param benchmark which benchmark ran
 * @param startedAt when the run started
 * @param machine what it ran on
 * @param settings how it was set up
 * @param kafka "embedded" or the bootstrap servers used
 * @param brokerStartSeconds time to start the embedded broker (0 with an external Kafka)
 * @param subscribeSeconds time to write every subscription
 * @param ingestStartSeconds time for ingest to start: topics, transactions, reading subscriptions and fingerprints
 * @param heapBeforeIngestMiB heap in use after a full GC once broker, feed server and subscriptions are up and
 *                            before ingest starts: the part of the rounds' heap figures that is not ingest's
 * @param rounds the figures of each round
 */
record BenchResult(String benchmark, Instant startedAt, Machine machine, IngestBenchSettings settings, String kafka,
                   double brokerStartSeconds, double subscribeSeconds, double ingestStartSeconds,
                   double heapBeforeIngestMiB, List<RoundResult> rounds) {

    BenchResult {
        rounds = List.copyOf(rounds);
    }

    boolean complete() {
        return rounds.stream().allMatch(RoundResult::complete);
    }
}
