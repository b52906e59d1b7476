package io.newsreel.ingest.kafka;

import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topic;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a whole compacted topic from its beginning, as committed, without a consumer group: every reader sees every
 * key. Used to restore state (fingerprints) and to follow state (subscriptions).
 *
 * @param <V> value type; a null value is a tombstone
 */
public final class CompactedTopicReader<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, V> consumer;
    private final List<TopicPartition> partitions;

    public CompactedTopicReader(final Map<String, Object> clientProperties, final Topic<V> topic) {
        this.consumer = GrouplessConsumers.open(clientProperties, List.of(topic.name()),
                GrouplessConsumers.From.BEGINNING, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.partitions = List.copyOf(consumer.assignment());
    }

    /** The latest value of every key of the topic as it is now, tombstoned keys left out. */
    public static <V> Map<String, V> latest(final Map<String, Object> clientProperties, final Topic<V> topic) {
        final Map<String, V> latest = new LinkedHashMap<>();
        try (CompactedTopicReader<V> reader = new CompactedTopicReader<>(clientProperties, topic)) {
            reader.readToEnd((key, value) -> {
                if (value == null) {
                    latest.remove(key);
                } else {
                    latest.put(key, value);
                }
            });
        }
        return latest;
    }

    /** Hands every record up to the topic's current end to the handler, then returns. */
    public void readToEnd(final BiConsumer<String, V> handler) {
        final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            pollOnce(handler);
        }
    }

    /** Hands the records that arrived since the last call to the handler, waiting briefly for some. */
    public void pollOnce(final BiConsumer<String, V> handler) {
        for (final ConsumerRecord<String, V> record : consumer.poll(POLL)) {
            handler.accept(record.key(), record.value());
        }
    }

    /** Interrupts a blocked poll from another thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
