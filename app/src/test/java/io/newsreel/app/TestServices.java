package io.newsreel.app;

import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.TestNames;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The services of one test on the cluster the test JVM shares: each with an application id of its own, so that
 * it reads every topic from the beginning and no other test's instance takes its work, and its state in the test's
 * directory. Not started.
 */
public final class TestServices {

    private TestServices() {
    }

    /** A processor that seeds the shipped catalog, its state under {@code stateDir/processor}. */
    public static ProcessorService processor(final KafkaCluster kafka, final String test, final Path stateDir) {
        return new ProcessorService(new ProcessorConfig(kafka.clientProperties(), TestNames.unique(test + "-processor"),
                stateDir.resolve("processor"), true));
    }

    /** A sink answering HTTP on a free port of 127.0.0.1, its state under {@code stateDir/sink}. */
    public static SinkService sink(final KafkaCluster kafka, final String test, final Path stateDir) {
        return new SinkService(new SinkConfig(kafka.clientProperties(), TestNames.unique(test + "-sink"),
                stateDir.resolve("sink"), "127.0.0.1", 0, "127.0.0.1"));
    }

    /** An ingest that may fetch from 127.0.0.1, where tests serve their feeds. */
    public static IngestService ingest(final KafkaCluster kafka) {
        return new IngestService(IngestConfig.defaults(kafka.clientProperties())
                .withFetch(FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)), Clock.systemUTC());
    }
}
