package io.newsreel.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsreel.ops.Meters;
import java.time.Duration;

/**
 * What ingest counts: polls by outcome (so that the share of 304s is {@code not-modified} over all), failures by
 * kind, articles published and fetch latency.
 */
final class IngestMetrics {

    private static final String POLLS = "newsreel.ingest.polls";
    private static final String POLLS_DESCRIPTION = "Feed polls by outcome: fetched, not-modified (304) or failed";
    /** Histogram buckets from a quick 304 to the whole-fetch deadline. */
    private static final Duration[] BUCKETS = Meters.bucketsMillis(50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000,
            20_000);

    private final MeterRegistry registry;
    private final Counter fetched;
    private final Counter notModified;
    private final Counter failed;
    private final Counter published;
    private final Timer fetchDuration;

    IngestMetrics(final MeterRegistry registry) {
        this.registry = registry;
        this.fetched = polls(registry, "fetched");
        this.notModified = polls(registry, "not-modified");
        this.failed = polls(registry, "failed");
        this.published = Counter.builder("newsreel.ingest.articles.published")
                .description("New and changed articles published").register(registry);
        this.fetchDuration = Timer.builder("newsreel.ingest.fetch.duration")
                .description("Time to fetch and parse one feed, successful or failed (a successful poll's "
                        + "full-text fetches and publishing are not included)")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private static Counter polls(final MeterRegistry registry, final String outcome) {
        return Counter.builder(POLLS).tag("outcome", outcome).description(POLLS_DESCRIPTION).register(registry);
    }

    void polled(final boolean unchanged, final int articles, final Duration took) {
        (unchanged ? notModified : fetched).increment();
        published.increment(articles);
        fetchDuration.record(took);
    }

    void failed(final String kind, final Duration took) {
        failed.increment();
        Counter.builder("newsreel.ingest.errors").tag("kind", kind)
                .description("Failed polls by kind of failure").register(registry).increment();
        fetchDuration.record(took);
    }
}
