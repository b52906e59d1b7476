package io.newsreel.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends one record through a fresh topic of a cluster and reads back what arrives. */
final class RoundTrip {

    private static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(30);

    private RoundTrip() {
    }

    static List<String> of(final KafkaCluster cluster, final String value)
            throws ExecutionException, InterruptedException {
        final String topic = TestNames.unique("round-trip");
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        }
        produce(cluster, topic, value);
        return consume(cluster, topic);
    }

    private static void produce(final KafkaCluster cluster, final String topic, final String value)
            throws ExecutionException, InterruptedException {
        final Map<String, Object> config = cluster.clientProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, value)).get();
        }
    }

    private static List<String> consume(final KafkaCluster cluster, final String topic) {
        final Map<String, Object> config = cluster.clientProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, TestNames.unique("round-trip-group"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        final List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            final Instant deadline = Instant.now().plus(RECEIVE_TIMEOUT);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
            }
        }
        return received;
    }
}
