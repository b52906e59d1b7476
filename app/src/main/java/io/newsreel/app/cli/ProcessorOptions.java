package io.newsreel.app.cli;

import io.newsreel.app.config.SettingConverters;
import io.newsreel.processor.ProcessorConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The processor's settings. */
public final class ProcessorOptions {

    @Option(names = "--application-id", defaultValue = "newsreel-processor", paramLabel = "ID",
            description = "The Kafka Streams application id; instances sharing it share the partitions "
                    + "(default: ${DEFAULT-VALUE}).")
    private String applicationId;

    @Option(names = "--state-dir", defaultValue = "data/state", paramLabel = "DIR",
            description = "Kafka Streams state (default: ${DEFAULT-VALUE}).")
    private Path stateDir;

    @Option(names = "--seed-catalog", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write the shipped catalog into an empty catalog topic (default: ${DEFAULT-VALUE}).")
    private boolean seedCatalog;

    @Option(names = "--admin-port", defaultValue = "8082", paramLabel = "PORT",
            converter = SettingConverters.Port.class,
            description = "Port of /metrics, /health/live and /health/ready (default: ${DEFAULT-VALUE}).")
    private int adminPort;

    ProcessorConfig config(final Map<String, Object> kafka) {
        return new ProcessorConfig(kafka, applicationId, stateDir, seedCatalog);
    }

    int adminPort() {
        return adminPort;
    }
}
