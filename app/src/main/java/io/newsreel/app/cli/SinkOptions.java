package io.newsreel.app.cli;

import io.newsreel.app.config.SettingConverters;
import io.newsreel.sink.SinkConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The sink's settings. */
public final class SinkOptions {

    @Option(names = "--application-id", defaultValue = "newsreel-sink", paramLabel = "ID",
            description = "The Kafka Streams application id; instances sharing it share the shows and answer for "
                    + "each other (default: ${DEFAULT-VALUE}).")
    private String applicationId;

    @Option(names = "--state-dir", defaultValue = "data/state", paramLabel = "DIR",
            description = "Kafka Streams state (default: ${DEFAULT-VALUE}).")
    private Path stateDir;

    @Option(names = "--http-host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "Address the HTTP API listens on (default: ${DEFAULT-VALUE}).")
    private String httpHost;

    @Option(names = "--http-port", defaultValue = "8080", paramLabel = "PORT",
            converter = SettingConverters.Port.class,
            description = "Port of the HTTP API, the dashboard, /metrics and /health (default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--advertised-host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            converter = SettingConverters.ReachableHost.class,
            description = "The host other sink instances reach this one's HTTP API at, to forward a query to the "
                    + "instance holding its data (default: ${DEFAULT-VALUE}).")
    private String advertisedHost;

    SinkConfig config(final Map<String, Object> kafka) {
        return new SinkConfig(kafka, applicationId, stateDir, httpHost, httpPort, advertisedHost);
    }
}
