package io.newsreel.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.ops.Health;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsMonitorTest {

    @Test
    void shouldBeReadyOnlyWhileRunning() {
        assertThat(StreamsMonitor.health("sink", State.RUNNING)).isEqualTo(Health.up());
        assertThat(StreamsMonitor.health("sink", State.CREATED).ready()).isFalse();
        assertThat(StreamsMonitor.health("sink", State.REBALANCING))
                .isEqualTo(Health.notReady("sink: Streams is REBALANCING"));
    }

    @Test
    void shouldNotBeLiveInErrorOrWhenStopped() {
        assertThat(StreamsMonitor.health("processor", State.ERROR))
                .isEqualTo(Health.down("processor: Streams is in state ERROR and needs a restart"));
        assertThat(StreamsMonitor.health("processor", State.PENDING_ERROR).live()).isFalse();
        assertThat(StreamsMonitor.health("processor", State.NOT_RUNNING).live()).isFalse();
    }
}
