package io.newsreel.app.cli;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The Kafka a command talks to. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka bootstrap servers.")
    private String bootstrapServers;

    /** Client properties for every Kafka client the command creates. */
    public Map<String, Object> clientProperties() {
        final Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return properties;
    }
}
