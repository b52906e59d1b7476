package io.newsreel.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    private final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults(Path.of("target", "kafka-data"))
            .withPort(19092)
            .withControllerPort(19093)
            .withDefaultPartitions(4);

    @Test
    void describesACombinedNodeListeningOnTheConfiguredAddress() {
        final Properties props = BrokerProperties.of(config);

        assertThat(props.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(props.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(props.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(props.getProperty("log.dirs")).isEqualTo(config.dataDir().toAbsolutePath().toString());
    }

    @Test
    void letsTransactionsAndGroupsWorkWithASingleReplica() {
        final Properties props = BrokerProperties.of(config);

        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", "4");
    }

    @Test
    void overridesWinOverDerivedSettings() {
        final Properties props = BrokerProperties.of(config
                .withOverride("auto.create.topics.enable", "true")
                .withOverride("log.retention.ms", "1000"));

        assertThat(props)
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("log.retention.ms", "1000");
    }

    @Test
    void refusesUnassignedPorts() {
        assertThatThrownBy(() -> BrokerProperties.of(config.withPort(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
