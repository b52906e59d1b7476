package io.newsreel.processor.retag;

import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a whole topic, as committed, from its beginning to the end it had when the scan was opened, without a
 * consumer group. Scanning again reads the same records, however many arrived in between, so that two passes over
 * {@code raw-articles} agree. A record whose value cannot be read is logged with its position, counted and skipped.
 *
 * @param <V> value type
 */
final class TopicScan<V> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicScan.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Topic<V> topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Map<TopicPartition, Long> end;
    private long unreadable;

    TopicScan(final Map<String, Object> clientProperties, final Topic<V> topic) {
        this.topic = topic;
        this.consumer = GrouplessConsumers.open(clientProperties, List.of(topic.name()),
                GrouplessConsumers.From.BEGINNING, new StringDeserializer(), new ByteArrayDeserializer());
        this.partitions = List.copyOf(consumer.assignment());
        // With read_committed these are the last stable offsets: open transactions are not waited for.
        this.end = consumer.endOffsets(partitions);
    }

    /** Hands every readable record up to the end to the handler, in offset order within each partition. */
    void scan(final Handler<V> handler) {
        consumer.seekToBeginning(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            for (final ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    handle(record, handler);
                }
            }
        }
    }

    private void handle(final ConsumerRecord<String, byte[]> record, final Handler<V> handler) {
        final V value;
        try {
            value = topic.valueSerde().fromBytes(record.value());
        } catch (final SerializationException e) {
            unreadable++;
            LOG.warn("Skipping an unreadable record of {} at partition {}, offset {}: {}", topic.name(),
                    record.partition(), record.offset(), e.getMessage());
            return;
        }
        handler.accept(record.key(), value, record.partition(), record.offset());
    }

    /** Records skipped so far because their value could not be read. */
    long unreadable() {
        return unreadable;
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** Receives each record of a scan. */
    @FunctionalInterface
    interface Handler<V> {
        void accept(String key, V value, int partition, long offset);
    }
}
