package io.newsreel.testkit;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions of a topic, for a consumer to assign itself. A topic created a moment ago may not be in the
 * broker's metadata yet, and {@link Consumer#partitionsFor(String)} then lists none: this asks again until it lists
 * some, so that a reader never silently reads nothing.
 */
public final class TopicPartitions {

    private static final Duration LISTED_WITHIN = Duration.ofSeconds(30);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(100);

    private TopicPartitions() {
    }

    /**
     * Every partition of {@code topic}, once the consumer's metadata lists any.
     *
     * @throws IllegalStateException if none are listed within 30 seconds
     */
    public static List<TopicPartition> of(final Consumer<?, ?> consumer, final String topic) {
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
