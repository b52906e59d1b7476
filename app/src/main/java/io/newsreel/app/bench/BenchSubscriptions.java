package io.newsreel.app.bench;

import io.newsreel.app.console.Progress;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the benchmark's subscriptions through ingest's own {@link SubscriptionWriter}, and removes them again
 * from a Kafka that outlives the run. The writer waits for each write; many threads share it, so that writes batch
 * and 10,000 subscriptions take seconds, not minutes.
 */
final class BenchSubscriptions {

    private static final int WRITERS = 32;

    private BenchSubscriptions() {
    }

    static void subscribe(final Map<String, Object> kafka, final List<String> urls, final Duration pollInterval) {
        forEach(kafka, urls, writer -> url -> writer.subscribe(
                new FeedSubscription(url, null, pollInterval, true, Instant.now())));
    }

    static void unsubscribe(final Map<String, Object> kafka, final List<String> urls) {
        forEach(kafka, urls, writer -> writer::unsubscribe);
    }

    private static void forEach(final Map<String, Object> kafka, final List<String> urls,
                                final Function<SubscriptionWriter, Consumer<String>> action) {
        final ExecutorService pool = Executors.newFixedThreadPool(WRITERS, runnable -> {
            final Thread thread = new Thread(runnable, "bench-subscriber");
            thread.setDaemon(true);
            return thread;
        });
        try (SubscriptionWriter writer = new SubscriptionWriter(kafka)) {
            final Consumer<String> write = action.apply(writer);
            final List<Future<?>> writes = urls.stream().<Future<?>>map(url -> pool.submit(() -> write.accept(url)))
                    .toList();
            try (Progress progress = Progress.onStderr("Writing subscriptions", writes.size())) {
                for (final Future<?> each : writes) {
                    each.get();
                    progress.advance();
                }
            }
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Cannot write the benchmark's subscriptions: " + e.getCause(),
                    e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the benchmark's subscriptions", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
