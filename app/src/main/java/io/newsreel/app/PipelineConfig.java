package io.newsreel.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How {@code newsreel run} is set up.
 *
 * @param dataDir where the broker's log, the Streams state and everything else local lives
 * @param bootstrapServers an existing Kafka to use, or null to start the embedded broker
 * @param kafkaPort port of the embedded broker (0 picks a free one)
 * @param httpPort port of the sink's HTTP API and dashboard, with the metrics and health of the whole pipeline
 *                 (0 picks a free one)
 * @param samplesPort port the sample feeds are served on at 127.0.0.1 (0 picks a free one)
 * @param feeds feeds to subscribe besides the samples
 * @param pollInterval how often each feed is polled
 * @param kafka further Kafka client settings for every client and both Streams applications
 */
public record PipelineConfig(
        Path dataDir,
        String bootstrapServers,
        int kafkaPort,
        int httpPort,
        int samplesPort,
        List<String> feeds,
        Duration pollInterval,
        Map<String, Object> kafka) {

    public PipelineConfig {
        feeds = List.copyOf(feeds);
        kafka = Map.copyOf(kafka);
    }
}
