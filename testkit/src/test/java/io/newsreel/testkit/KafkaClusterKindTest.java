package io.newsreel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class KafkaClusterKindTest {

    @Test
    void unsetOrBlankMeansAuto() {
        assertThat(KafkaClusterKind.parse(null)).isEqualTo(KafkaClusterKind.AUTO);
        assertThat(KafkaClusterKind.parse(" ")).isEqualTo(KafkaClusterKind.AUTO);
    }

    @Test
    void acceptsNamesInAnyCase() {
        assertThat(KafkaClusterKind.parse("Embedded")).isEqualTo(KafkaClusterKind.EMBEDDED);
        assertThat(KafkaClusterKind.parse(" testcontainers ")).isEqualTo(KafkaClusterKind.TESTCONTAINERS);
    }

    @Test
    void rejectsUnknownNamesSayingWhatIsAllowed() {
        assertThatThrownBy(() -> KafkaClusterKind.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSREEL_TEST_KAFKA=docker")
                .hasMessageContaining("embedded");
    }

    @Test
    void autoFollowsDockerAvailability() {
        assertThat(KafkaClusterKind.AUTO.resolve(() -> true)).isEqualTo(KafkaClusterKind.TESTCONTAINERS);
        assertThat(KafkaClusterKind.AUTO.resolve(() -> false)).isEqualTo(KafkaClusterKind.EMBEDDED);
    }

    @Test
    void forcedChoiceNeverAsksForDocker() {
        final AtomicBoolean asked = new AtomicBoolean();

        assertThat(KafkaClusterKind.EMBEDDED.resolve(() -> asked.getAndSet(true))).isEqualTo(KafkaClusterKind.EMBEDDED);
        assertThat(KafkaClusterKind.TESTCONTAINERS.resolve(() -> asked.getAndSet(true)))
                .isEqualTo(KafkaClusterKind.TESTCONTAINERS);
        assertThat(asked).isFalse();
    }
}
