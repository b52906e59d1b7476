package io.newsreel.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class StreamsAppTest {

    @Test
    void shouldWaitForRunningUntilTheApplicationStopsReportingItsHealth(@TempDir final Path stateDir) {
        // Given an application that cannot reach a broker, and so starts for ever: the wait outlasts twenty reports
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        // Nothing listens on port 1: every connection is refused at once.
        final Properties properties = StreamsApp.baseProperties("streams-app-test",
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"));
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        final StreamsApp app = StreamsApp.start("test", builder.build(), properties, new SimpleMeterRegistry());
        final CompletableFuture<Void> waiting = CompletableFuture.runAsync(() ->
                app.awaitRunning(Duration.ofMillis(100)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !waiting.isDone());
        assertThat(app.health().ready()).as("ready while starting").isFalse();
        assertThat(app.health().live()).as("live while starting").isTrue();

        // When it stops
        app.close();

        // Then the wait ends, saying so
        assertThatThrownBy(waiting::join).cause().isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test stopped in state");
        assertThat(app.health().live()).as("live once stopped").isFalse();
    }
}
