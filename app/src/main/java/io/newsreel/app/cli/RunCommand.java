package io.newsreel.app.cli;

import io.newsreel.app.Pipeline;
import io.newsreel.app.PipelineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsreel run}: the whole pipeline in this JVM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start everything in one JVM: embedded Kafka, sample feeds, ingest, processor, sink and the "
                + "HTTP API.")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
            description = "Where Kafka's log and the local state live (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--kafka-port", defaultValue = "9092",
            description = "Port of the embedded Kafka broker (default: ${DEFAULT-VALUE}).")
    private int kafkaPort;

    @Option(names = "--samples-port", defaultValue = "8079",
            description = "Port the sample feeds are served on at 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int samplesPort;

    @Option(names = "--feed", paramLabel = "URL", description = "A feed to subscribe to; repeatable.")
    private List<String> feeds = new ArrayList<>();

    @Option(names = "--poll-interval", defaultValue = "PT5M",
            description = "How often each feed is polled, ISO-8601 (default: ${DEFAULT-VALUE}).")
    private Duration pollInterval;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka instead of starting the embedded broker.")
    private String bootstrapServers;

    @Override
    public Integer call() {
        final long start = System.nanoTime();
        final Pipeline pipeline = new Pipeline(new PipelineConfig(dataDir, bootstrapServers, kafkaPort, httpPort,
                samplesPort, feeds, pollInterval));
        return UntilShutdown.run(pipeline::start, pipeline, () -> System.out.printf(
                "newsreel is running: http://localhost:%d/ (started in %.1f s, data in %s)%n",
                pipeline.httpPort(), (System.nanoTime() - start) / 1e9, dataDir.toAbsolutePath()));
    }
}
