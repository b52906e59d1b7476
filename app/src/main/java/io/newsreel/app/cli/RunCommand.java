package io.newsreel.app.cli;

import io.newsreel.app.Pipeline;
import io.newsreel.app.PipelineConfig;
import io.newsreel.app.config.KafkaClients;
import io.newsreel.app.config.SettingConverters;
import io.newsreel.app.config.SettingDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsreel run}: the whole pipeline in this JVM. Every setting comes from its option, else its
 * {@code NEWSREEL_*} environment variable, else the {@code --config} file, else its default.
 */
@Command(name = "run", mixinStandardHelpOptions = true, defaultValueProvider = SettingDefaults.class,
        description = "Start everything in one JVM: embedded Kafka, sample feeds, ingest, processor, sink and the "
                + "HTTP API, which also serves /metrics and /health for all of them.",
        footer = ConfigFileOption.SOURCES)
public final class RunCommand implements Callable<Integer> {

    @Mixin
    private ConfigFileOption configFile;

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
            description = "Where Kafka's log and the local state live (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--http-port", defaultValue = "8080", paramLabel = "PORT",
            converter = SettingConverters.Port.class, description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--broker-port", defaultValue = "9092", paramLabel = "PORT",
            converter = SettingConverters.Port.class,
            description = "Port of the embedded Kafka broker, unless --bootstrap-servers names another Kafka "
                    + "(default: ${DEFAULT-VALUE}).")
    private int brokerPort;

    @Option(names = "--samples-port", defaultValue = "8079", paramLabel = "PORT",
            converter = SettingConverters.Port.class,
            description = "Port the sample feeds are served on at 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int samplesPort;

    @Option(names = "--feed", paramLabel = "URL", split = ",",
            description = "A feed to subscribe to; repeatable, or comma-separated.")
    private List<String> feeds = new ArrayList<>();

    @Option(names = "--poll-interval", defaultValue = "5m", paramLabel = "DURATION",
            converter = SettingConverters.PositiveDuration.class,
            description = "How often each feed is polled, such as 5m or PT5M (default: ${DEFAULT-VALUE}).")
    private Duration pollInterval;

    /** Without bootstrap servers, the embedded broker. */
    PipelineConfig config() {
        return new PipelineConfig(dataDir, kafka.bootstrapServers().orElse(null), brokerPort, httpPort, samplesPort,
                feeds, pollInterval, kafka.settings(KafkaClients.STREAMS));
    }

    @Override
    public Integer call() {
        final long start = System.nanoTime();
        final Pipeline pipeline = new Pipeline(config());
        return UntilShutdown.run(pipeline::start, pipeline, () -> System.out.printf(
                "newsreel is running: http://localhost:%d/ (started in %.1f s, data in %s)%n"
                        + "Other commands reach its Kafka with --bootstrap-servers %s "
                        + "(or NEWSREEL_BOOTSTRAP_SERVERS)%n",
                pipeline.httpPort(), (System.nanoTime() - start) / 1e9, dataDir.toAbsolutePath(),
                pipeline.bootstrapServers()));
    }
}
