package io.newsreel.testkit;

import io.newsreel.kafka.embedded.EmbeddedKafkaConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Apache Kafka in a Docker container, managed by Testcontainers. */
final class ContainerKafkaCluster implements RunningKafkaCluster {

    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:4.1.0");

    private final KafkaContainer container;

    private ContainerKafkaCluster(final KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafkaCluster start() {
        // Match the embedded broker's topic defaults so a test behaves the same on either cluster.
        final KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_NUM_PARTITIONS", Integer.toString(EmbeddedKafkaConfig.DEFAULT_PARTITIONS));
        container.start();
        return new ContainerKafkaCluster(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return "Testcontainers Kafka (" + IMAGE + ") at " + bootstrapServers();
    }
}
