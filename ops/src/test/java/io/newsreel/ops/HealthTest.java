package io.newsreel.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void shouldBeReadyOnlyWhenEveryPartIs() {
        final Health all = Health.all(List.of(Health.up(), Health.notReady("sink: rebalancing")));

        assertThat(all).isEqualTo(Health.notReady("sink: rebalancing"));
    }

    @Test
    void shouldBeDownWhenAnyPartIsAndGiveEveryReason() {
        final Health all = Health.all(List.of(Health.notReady("ingest: starting"),
                Health.down("processor: Streams is in state ERROR")));

        assertThat(all).isEqualTo(Health.down("ingest: starting; processor: Streams is in state ERROR"));
    }

    @Test
    void shouldBeUpWhenEveryPartIs() {
        assertThat(Health.all(List.of(Health.up(), Health.up()))).isEqualTo(Health.up());
    }
}
