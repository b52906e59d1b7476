package io.newsreel.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "headlines";
    private static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void committedRecordSurvivesARestartOnTheSameDataDirAndPort() throws Exception {
        final EmbeddedKafkaConfig usedConfig;
        final String clusterId;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(EmbeddedKafkaConfig.defaults(dataDir))) {
            usedConfig = broker.config();
            clusterId = broker.clusterId();
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + usedConfig.port());

            assertThat(createTopicWithDefaultPartitions(broker.bootstrapServers())).isEqualTo(3);
            produceInTransaction(broker.bootstrapServers(), "s01e01", "Pilot airs");
            assertThat(readCommitted(broker.bootstrapServers(), "before-restart"))
                    .containsExactly("s01e01=Pilot airs");
        }

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(usedConfig)) {
            assertThat(restarted.clusterId()).isEqualTo(clusterId);
            assertThat(restarted.config().port()).isEqualTo(usedConfig.port());
            assertThat(readCommitted(restarted.bootstrapServers(), "after-restart"))
                    .containsExactly("s01e01=Pilot airs");
        }
    }

    @Test
    void reportsWhichAddressCouldNotBeUsedWhenThePortIsTaken() throws IOException {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            final EmbeddedKafkaConfig config = EmbeddedKafkaConfig.defaults(dataDir).withPort(occupied.getLocalPort());

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(config))
                    .isInstanceOf(EmbeddedKafkaException.class)
                    .hasMessageContaining("127.0.0.1:" + occupied.getLocalPort())
                    .hasCauseInstanceOf(RuntimeException.class);
        }
    }

    private static int createTopicWithDefaultPartitions(final String bootstrapServers)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()))).all().get();
            return admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        }
    }

    private static void produceInTransaction(final String bootstrapServers, final String key, final String value) {
        final Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-kafka-it",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, key, value));
            producer.commitTransaction();
        }
    }

    /** Polls until at least one record arrives or {@link #RECEIVE_TIMEOUT} passes. */
    private static List<String> readCommitted(final String bootstrapServers, final String groupId) {
        final Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        final List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            final Instant deadline = Instant.now().plus(RECEIVE_TIMEOUT);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
            }
        }
        return received;
    }
}
