package io.newsreel.contract.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Consumers that read whole topics by themselves, outside any consumer group: each assigns itself every partition of
 * its topics, sees only committed records (newsreel's services publish in transactions) and commits no offsets, as
 * it keeps no position between runs. Followers, watchers, scans and restores read topics this way.
 */
public final class GrouplessConsumers {

    private static final Duration LISTED_WITHIN = Duration.ofSeconds(30);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(100);

    /** Where a new consumer starts reading each partition. */
    public enum From { BEGINNING, END }

    private GrouplessConsumers() {
    }

    /**
     * A consumer of every partition of {@code topics}, positioned at the beginning or the current end of each before
     * it is returned (seeks are lazy otherwise): one that starts from the end sees everything committed afterwards.
     *
     * @param kafka client properties, at least {@code bootstrap.servers}; a group id among them is left out
     */
    public static <K, V> KafkaConsumer<K, V> open(final Map<String, Object> kafka, final Collection<String> topics,
                                                  final From from, final Deserializer<K> keys,
                                                  final Deserializer<V> values) {
        final Map<String, Object> properties = new HashMap<>(kafka);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        final KafkaConsumer<K, V> consumer = new KafkaConsumer<>(properties, keys, values);
        try {
            final List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(topic -> partitions.addAll(partitions(consumer, topic)));
            consumer.assign(partitions);
            if (from == From.BEGINNING) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position);
            return consumer;
        } catch (final RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /**
     * Every partition of {@code topic}. A topic created a moment ago may not be in the consumer's metadata yet, which
     * then lists no partitions: this asks again until it lists some, so that a reader never silently reads nothing.
     *
     * @throws IllegalStateException if none are listed within 30 seconds
     */
    public static List<TopicPartition> partitions(final Consumer<?, ?> consumer, final String topic) {
        final long deadline = System.nanoTime() + LISTED_WITHIN.toNanos();
        List<PartitionInfo> listed = consumer.partitionsFor(topic);
        while (listed.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("No partitions of " + topic + " listed within " + LISTED_WITHIN);
            }
            pause();
            listed = consumer.partitionsFor(topic);
        }
        return listed.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(ASK_AGAIN_AFTER.toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a topic's partitions", e);
        }
    }
}
