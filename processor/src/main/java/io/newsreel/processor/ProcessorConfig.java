package io.newsreel.processor;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the processor is configured with.
 *
 * @param kafka Kafka client properties, at least {@code bootstrap.servers}; any Streams or client setting passes
 *              through
 * @param applicationId the Streams application id; instances sharing it share the work
 * @param stateDir where Kafka Streams keeps its local state
 * @param seedCatalog whether to write the shipped catalog into an empty catalog topic
 */
public record ProcessorConfig(Map<String, Object> kafka, String applicationId, Path stateDir, boolean seedCatalog) {

    public ProcessorConfig {
        kafka = Map.copyOf(kafka);
    }

    public static ProcessorConfig defaults(final Map<String, Object> kafka, final Path stateDir) {
        return new ProcessorConfig(kafka, "newsreel-processor", stateDir, true);
    }
}
