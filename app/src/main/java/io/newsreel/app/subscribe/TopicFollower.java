package io.newsreel.app.subscribe;

import io.newsreel.contract.topic.GrouplessConsumers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows one topic as it is committed ({@code read_committed}), from its end or its beginning, and hands on the
 * records a {@link Followed} keeps. It assigns itself every partition instead of joining a consumer group, so it
 * leaves nothing behind on the cluster and any number of followers can run at once. Used by one thread; only
 * {@link #wakeup()} may be called from another.
 *
 * @param <V> value type
 */
public final class TopicFollower<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Followed<V> followed;

    /** Positions the follower before returning: every record committed from then on is seen. */
    public TopicFollower(final Map<String, Object> kafka, final Followed<V> followed, final boolean fromBeginning) {
        this.consumer = GrouplessConsumers.open(kafka, List.of(followed.topic().name()),
                fromBeginning ? GrouplessConsumers.From.BEGINNING : GrouplessConsumers.From.END,
                new StringDeserializer(), new ByteArrayDeserializer());
        this.followed = followed;
    }

    /**
     * Hands each kept record to {@code received} until {@code limit} were handed on or {@link #wakeup()} is
     * called. A record whose value cannot be read is described to {@code unreadable} and does not count.
     *
     * @return how many records were handed on
     */
    public long follow(final long limit, final Receiver<V> received, final Consumer<String> unreadable) {
        long handed = 0;
        try {
            while (handed < limit) {
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (handed < limit && record.value() != null && followed.keeps(record.key())) {
                        handed += hand(record, received, unreadable);
                    }
                }
            }
        } catch (final WakeupException e) {
            // wakeup() asked to stop.
        }
        return handed;
    }

    private int hand(final ConsumerRecord<String, byte[]> record, final Receiver<V> received,
                     final Consumer<String> unreadable) {
        final String json = new String(record.value(), StandardCharsets.UTF_8);
        final V value;
        try {
            value = followed.topic().valueSerde().fromBytes(record.value());
        } catch (final SerializationException e) {
            unreadable.accept("Skipped an unreadable record at " + record.topic() + "-" + record.partition()
                    + " offset " + record.offset() + ": " + e.getMessage());
            return 0;
        }
        received.accept(value, json);
        return 1;
    }

    /** Makes {@link #follow} return soon; callable from any thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }

    /**
     * Takes a record as it was on the topic and as read.
     *
     * @param <T> what was read
     */
    @FunctionalInterface
    public interface Receiver<T> {
        void accept(T read, String json);
    }
}
