package io.newsreel.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    private final EmbeddedKafkaConfig defaults = EmbeddedKafkaConfig.defaults(Path.of("target", "kafka-data"));

    @Test
    void replacesUnsetPortsWithTwoDifferentFreePorts() {
        final EmbeddedKafkaConfig assigned = FreePorts.assignTo(defaults);

        assertThat(assigned.port()).isPositive();
        assertThat(assigned.controllerPort()).isPositive().isNotEqualTo(assigned.port());
    }

    @Test
    void keepsPortsThatAreAlreadyChosen() {
        final EmbeddedKafkaConfig assigned = FreePorts.assignTo(defaults.withPort(19092));

        assertThat(assigned.port()).isEqualTo(19092);
        assertThat(assigned.controllerPort()).isPositive().isNotEqualTo(19092);
    }
}
