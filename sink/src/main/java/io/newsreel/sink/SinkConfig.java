package io.newsreel.sink;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Everything the sink is configured with.
 *
 * @param kafka Kafka client properties, at least {@code bootstrap.servers}; any Streams or client setting passes
 *              through
 * @param applicationId the Streams application id; instances sharing it share the shows
 * @param stateDir where Kafka Streams keeps the timeline stores
 * @param httpHost address the HTTP API listens on
 * @param httpPort port of the HTTP API; 0 picks a free port
 * @param advertisedHost the host other instances reach this one's HTTP API at, to forward a query to the instance
 *                       that holds its data
 */
public record SinkConfig(Map<String, Object> kafka, String applicationId, Path stateDir, String httpHost,
                         int httpPort, String advertisedHost) {

    /** Listen addresses that mean "every interface", which no other instance can connect to as such. */
    private static final Set<String> WILDCARD_HOSTS = Set.of("0.0.0.0", "::", "[::]");

    public SinkConfig {
        kafka = Map.copyOf(kafka);
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("httpPort must be between 0 and 65535, was " + httpPort);
        }
        if (advertisedHost == null || advertisedHost.isBlank() || WILDCARD_HOSTS.contains(advertisedHost)) {
            throw new IllegalArgumentException("advertisedHost must name a host other instances can reach, was "
                    + advertisedHost);
        }
    }

    /** Listens on every interface and advertises loopback, which reaches it from instances on the same machine. */
    public static SinkConfig defaults(final Map<String, Object> kafka, final Path stateDir, final int httpPort) {
        return new SinkConfig(kafka, "newsreel-sink", stateDir, "0.0.0.0", httpPort, "127.0.0.1");
    }
}
