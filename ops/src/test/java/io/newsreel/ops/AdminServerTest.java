package io.newsreel.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AdminServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicReference<Health> health = new AtomicReference<>(Health.notReady("starting"));

    @Test
    void shouldAnswerReadinessWith503AndTheReasonUntilTheServiceIsReady() throws Exception {
        try (AdminServer server = AdminServer.start(0, new Monitoring(meters, health::get))) {
            assertThat(get(server, "/health/ready").statusCode()).isEqualTo(503);
            assertThat(get(server, "/health/ready").body()).isEqualTo("{\"status\":\"DOWN\",\"reason\":\"starting\"}");
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);

            health.set(Health.up());

            assertThat(get(server, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(server, "/health/ready").body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void shouldFailLivenessWhenTheServiceIsDown() throws Exception {
        health.set(Health.down("Streams is in state ERROR"));
        try (AdminServer server = AdminServer.start(0, new Monitoring(meters, health::get))) {
            final HttpResponse<String> live = get(server, "/health/live");
            assertThat(live.statusCode()).isEqualTo(503);
            assertThat(live.body()).contains("Streams is in state ERROR");
        }
    }

    @Test
    void shouldServeTheRegistryInPrometheusTextFormat() throws Exception {
        Counter.builder("newsreel.test.things").register(meters).increment(3);
        try (AdminServer server = AdminServer.start(0, new Monitoring(meters, health::get))) {
            final HttpResponse<String> metrics = get(server, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValue(Meters.PROMETHEUS_CONTENT_TYPE);
            assertThat(metrics.body()).contains("newsreel_test_things_total 3.0");
        }
    }

    @Test
    void shouldAnswerUnknownPathsWithAJson404() throws Exception {
        try (AdminServer server = AdminServer.start(0, new Monitoring(meters, health::get))) {
            final HttpResponse<String> missing = get(server, "/nothing");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("\"message\":\"No such resource: /nothing\"");
        }
    }

    private HttpResponse<String> get(final AdminServer server, final String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
