package io.newsreel.sink;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the sink is configured with.
 *
 * @param kafka Kafka client properties, at least {@code bootstrap.servers}; any Streams or client setting passes
 *              through
 * @param applicationId the Streams application id; instances sharing it share the shows
 * @param stateDir where Kafka Streams keeps the timeline stores
 * @param httpHost address the HTTP API listens on
 * @param httpPort port of the HTTP API; 0 picks a free port
 */
public record SinkConfig(Map<String, Object> kafka, String applicationId, Path stateDir, String httpHost,
                         int httpPort) {

    public SinkConfig {
        kafka = Map.copyOf(kafka);
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("httpPort must be between 0 and 65535, was " + httpPort);
        }
    }

    public static SinkConfig defaults(final Map<String, Object> kafka, final Path stateDir, final int httpPort) {
        return new SinkConfig(kafka, "newsreel-sink", stateDir, "0.0.0.0", httpPort);
    }
}
