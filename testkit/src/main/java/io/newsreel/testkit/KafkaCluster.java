package io.newsreel.testkit;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

/**
 * A running Kafka cluster that a test may use. Tests receive it from {@link KafkaClusterExtension}
 * and must not stop it: it is shared by every test in the JVM, so tests should use
 * {@link TestNames#unique(String)} for topics, groups and application ids.
 */
public interface KafkaCluster {

    /** {@code host:port} list for the {@code bootstrap.servers} client setting. */
    String bootstrapServers();

    /** The settings every client needs to reach this cluster; a mutable copy to add to. */
    default Map<String, Object> clientProperties() {
        return new HashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }
}
