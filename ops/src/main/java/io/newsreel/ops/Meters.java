package io.newsreel.ops;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Arrays;

/** The meter registry of a newsreel JVM, and the histogram buckets its meters declare. */
public final class Meters {

    /** The Prometheus text format, version 0.0.4, that {@link PrometheusMeterRegistry#scrape()} writes. */
    public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private Meters() {
    }

    /**
     * A Prometheus registry with the JVM's memory, GC, threads, class loading, CPU and uptime. Meant to be created
     * once per JVM: the GC meters listen to the JVM's collectors for as long as it runs.
     */
    @SuppressWarnings("resource")
    public static PrometheusMeterRegistry prometheus() {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** Histogram buckets (a timer's service level objectives) at these bounds in milliseconds. */
    public static Duration[] bucketsMillis(final long... bounds) {
        return Arrays.stream(bounds).mapToObj(Duration::ofMillis).toArray(Duration[]::new);
    }
}
