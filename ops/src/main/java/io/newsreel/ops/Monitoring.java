package io.newsreel.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What an HTTP server publishes for operators: the meters it scrapes for Prometheus and the health it reports.
 *
 * @param meters every meter of the services in this JVM
 * @param health what {@code /health/live} and {@code /health/ready} report
 */
public record Monitoring(PrometheusMeterRegistry meters, HealthCheck health) {
}
