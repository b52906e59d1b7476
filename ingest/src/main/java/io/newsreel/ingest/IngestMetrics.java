package io.newsreel.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** What ingest counts: polls by outcome, failures by kind, articles published and fetch latency. */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter published;
    private final Timer pollDuration;

    IngestMetrics(final MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder("newsreel.ingest.articles.published")
                .description("New and changed articles published").register(registry);
        this.pollDuration = Timer.builder("newsreel.ingest.poll.duration")
                .description("Time to fetch, parse and publish one feed").register(registry);
    }

    void polled(final boolean unchanged, final int articles, final Duration took) {
        Counter.builder("newsreel.ingest.polls").tag("outcome", unchanged ? "not-modified" : "fetched")
                .description("Feed polls by outcome").register(registry).increment();
        published.increment(articles);
        pollDuration.record(took);
    }

    void failed(final String kind, final Duration took) {
        Counter.builder("newsreel.ingest.polls").tag("outcome", "failed")
                .description("Feed polls by outcome").register(registry).increment();
        Counter.builder("newsreel.ingest.errors").tag("kind", kind)
                .description("Failed polls by kind of failure").register(registry).increment();
        pollDuration.record(took);
    }
}
