package io.newsreel.contract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TestNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidGroupIdException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class GrouplessConsumersIT {

    @Test
    void shouldReadEveryPartitionFromWhereAskedSeeingOnlyCommittedRecordsInNoGroup(final KafkaCluster kafka)
            throws ExecutionException, InterruptedException {
        // Given a topic of three partitions with a record on it and a transaction that was aborted
        final String topic = TestNames.unique("groupless");
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        send(kafka, topic, "before", false);
        send(kafka, topic, "aborted", true);
        final Map<String, Object> withGroup = kafka.clientProperties();
        withGroup.put(ConsumerConfig.GROUP_ID_CONFIG, TestNames.unique("ignored"));

        // When consumers open from the beginning and from the end, and one more record comes
        try (KafkaConsumer<String, String> fromBeginning = GrouplessConsumers.open(withGroup, List.of(topic),
                GrouplessConsumers.From.BEGINNING, new StringDeserializer(), new StringDeserializer());
             KafkaConsumer<String, String> fromEnd = GrouplessConsumers.open(withGroup, List.of(topic),
                     GrouplessConsumers.From.END, new StringDeserializer(), new StringDeserializer())) {
            send(kafka, topic, "after", false);

            // Then each reads what came after its start, committed records only, from every partition
            assertThat(readToEnd(fromBeginning)).containsExactlyInAnyOrder("before", "after");
            assertThat(readToEnd(fromEnd)).containsExactly("after");
            assertThat(fromBeginning.assignment()).hasSize(3);
            assertThatThrownBy(fromEnd::groupMetadata).isInstanceOf(InvalidGroupIdException.class);
        }
    }

    /** Sends each value to a partition of its own, in a transaction that commits or aborts. */
    private static void send(final KafkaCluster kafka, final String topic, final String value, final boolean abort) {
        final Map<String, Object> properties = kafka.clientProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestNames.unique("groupless-producer"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, Math.floorMod(value.hashCode(), 3), value, value));
            if (abort) {
                producer.abortTransaction();
            } else {
                producer.commitTransaction();
            }
        }
    }

    /** Every value up to the end of each partition as it is now. */
    private static List<String> readToEnd(final KafkaConsumer<String, String> consumer) {
        final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        final List<String> values = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
            return end.entrySet().stream().allMatch(partition ->
                    consumer.position(partition.getKey()) >= partition.getValue());
        });
        return values;
    }
}
