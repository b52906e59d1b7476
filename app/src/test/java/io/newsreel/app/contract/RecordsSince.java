package io.newsreel.app.contract;

import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The records committed on some topics since a moment: what one test made the pipeline publish on a cluster that
 * other tests share. Keys and values as the text they are on the topic, not as any type reads them.
 */
final class RecordsSince {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> clients;
    private final Map<TopicPartition, Long> marks;

    private RecordsSince(final Map<String, Object> clients, final Map<TopicPartition, Long> marks) {
        this.clients = clients;
        this.marks = marks;
    }

    /** Marks the current end of every partition of {@code topics}. */
    static RecordsSince now(final Map<String, Object> clients, final Collection<Topic<?>> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(clients)) {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final Topic<?> topic : topics) {
                partitions.addAll(GrouplessConsumers.partitions(consumer, topic.name()));
            }
            return new RecordsSince(clients, new HashMap<>(consumer.endOffsets(partitions)));
        }
    }

    /** The records committed on {@code topic} since the mark, up to its end now. */
    List<Record> read(final Topic<?> topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(clients)) {
            final List<TopicPartition> partitions = marks.keySet().stream()
                    .filter(partition -> partition.topic().equals(topic.name())).toList();
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, marks.get(partition)));
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final List<Record> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    records.add(new Record(record.offset(), text(record.key()), text(record.value())));
                }
            }
            return records;
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(final Map<String, Object> clients) {
        final Map<String, Object> properties = new HashMap<>(clients);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static String text(final byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * One record.
     *
     * @param offset its offset in its partition
     * @param key its key, or null
     * @param value its value as text, or null for a tombstone
     */
    record Record(long offset, String key, String value) {
    }
}
