package io.newsreel.sink.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsreel.ops.Meters;
import io.newsreel.ops.Monitoring;
import io.newsreel.ops.Probe;
import io.newsreel.ops.ProbeAnswer;

/**
 * The operations endpoints on the API's port: {@code /metrics} for Prometheus, {@code /health/live} and
 * {@code /health/ready} for probes, answered by every instance for itself, never forwarded.
 */
final class OpsRoutes {

    private final Monitoring monitoring;

    OpsRoutes(final Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    void addTo(final RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType(Meters.PROMETHEUS_CONTENT_TYPE)
                .result(monitoring.meters().scrape()));
        for (final Probe probe : Probe.values()) {
            routes.get(probe.path(), ctx -> answer(ctx, probe));
        }
    }

    private void answer(final Context ctx, final Probe probe) {
        final ProbeAnswer answer = probe.answer(monitoring.health().health());
        ctx.status(answer.httpStatus()).json(answer);
    }
}
