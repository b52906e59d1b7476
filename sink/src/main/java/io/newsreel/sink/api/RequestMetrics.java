package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsreel.ops.Meters;
import java.time.Duration;

/**
 * Times every HTTP request as {@code http.server.requests}, tagged with method, status and the route that answered
 * ({@code /api/shows/{id}}, not the path asked for, so that a million show ids stay one series).
 */
final class RequestMetrics {

    /** Static files, unknown paths and requests refused before routing. */
    private static final String NO_ROUTE = "none";
    /** Histogram buckets, around the API's aim of a page in under 20 ms. */
    private static final Duration[] BUCKETS = Meters.bucketsMillis(5, 10, 20, 50, 100, 250, 500, 1_000, 2_500,
            10_000);

    /** Built once; each request only looks up the timer of its tags. */
    private final Meter.MeterProvider<Timer> requests;

    RequestMetrics(final MeterRegistry registry) {
        this.requests = Timer.builder("http.server.requests")
                .description("HTTP requests to the API, the dashboard and the operations endpoints")
                .serviceLevelObjectives(BUCKETS)
                .withRegistry(registry);
    }

    void record(final Context ctx, final float millis) {
        final Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        requests.withTags("method", ctx.method().name(), "uri", endpoint == null ? NO_ROUTE : endpoint.path,
                        "status", Integer.toString(ctx.statusCode()))
                .record(Duration.ofNanos((long) (millis * 1_000_000L)));
    }
}
