package io.newsreel.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EmbeddedKafkaConfigTest {

    private final Path dataDir = Path.of("target", "kafka-data");

    @Test
    void defaultsPickFreePortsOnLoopbackWithThreePartitions() {
        final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults(dataDir);

        assertThat(config.dataDir()).isEqualTo(dataDir);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isZero();
        assertThat(config.controllerPort()).isZero();
        assertThat(config.defaultPartitions()).isEqualTo(3);
        assertThat(config.overrides()).isEmpty();
    }

    @Test
    void withersChangeOnlyTheirOwnField() {
        final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults(dataDir)
                .withHost("localhost")
                .withPort(19092)
                .withControllerPort(19093)
                .withDefaultPartitions(6)
                .withStartupTimeout(Duration.ofSeconds(5))
                .withOverride("log.retention.hours", "1");

        assertThat(config).isEqualTo(new EmbeddedKafkaConfig(
                dataDir, "localhost", 19092, 19093, 6, Duration.ofSeconds(5), Map.of("log.retention.hours", "1")));
    }

    @Test
    void withOverrideKeepsEarlierOverrides() {
        final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults(dataDir)
                .withOverride("a", "1")
                .withOverride("b", "2")
                .withOverride("a", "3");

        assertThat(config.overrides()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "3", "b", "2"));
    }

    @Test
    void overridesAreCopiedSoLaterChangesToTheSourceMapDoNotLeakIn() {
        final Map<String, String> source = new HashMap<>(Map.of("a", "1"));
        final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults(dataDir).withOverrides(source);

        source.put("b", "2");

        assertThat(config.overrides()).containsOnlyKeys("a");
        assertThatThrownBy(() -> config.overrides().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsValuesKafkaCouldNotUse() {
        final EmbeddedKafkaConfig defaults = EmbeddedKafkaConfig.defaults(dataDir);

        assertThatThrownBy(() -> defaults.withPort(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withControllerPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withPort(9092).withControllerPort(9092))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withDefaultPartitions(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withHost(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withStartupTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
