package io.newsreel.kafka.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does what {@code kafka-storage.sh format} does, but only for a data directory that has never been
 * formatted, so a restarted broker keeps its cluster id, topics and records.
 */
final class StorageFormatter {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatter.class);

    private StorageFormatter() {
    }

    static boolean isFormatted(final Path dataDir) {
        return Files.exists(dataDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME));
    }

    static void formatIfNeeded(final KafkaConfig kafkaConfig, final Path dataDir) {
        if (isFormatted(dataDir)) {
            LOG.debug("Reusing formatted Kafka data directory {}", dataDir);
            return;
        }
        // The formatter reports progress on a PrintStream (System.out by default); route it to the log instead.
        final ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (PrintStream reportStream = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(reportStream)
                    .setNodeId(kafkaConfig.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName(kafkaConfig.controllerListenerNames().get(0))
                    .setMetadataLogDirectory(kafkaConfig.metadataLogDir())
                    .setDirectories(kafkaConfig.logDirs())
                    .addDirectory(kafkaConfig.metadataLogDir())
                    .run();
        } catch (Exception e) {
            throw new EmbeddedKafkaException("Could not format Kafka data directory " + dataDir, e);
        }
        LOG.debug("Formatted Kafka data directory {}: {}", dataDir, report.toString(StandardCharsets.UTF_8).strip());
    }
}
