package io.newsreel.sink.live;

import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code timelines} (key {@code showId/entryId}, value {@link TimelineEntry} or a tombstone) from its end and
 * hands each committed change to a listener, on a thread of its own. Every sink instance runs one, without a
 * consumer group: each needs every show's changes for its own live clients, and none needs to resume where it
 * stopped, since a client that reconnects reloads the timeline.
 */
public final class TimelineChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineChangeFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, TimelineEntry> consumer;
    private final Consumer<TimelineChange> listener;
    private final Thread thread;
    private volatile boolean closing;

    private TimelineChangeFeed(final KafkaConsumer<String, TimelineEntry> consumer,
                               final Consumer<TimelineChange> listener) {
        this.consumer = consumer;
        this.listener = listener;
        this.thread = new Thread(this::run, "timeline-changes");
    }

    /**
     * Starts following from the current end of every partition; returns once those ends are known, so that every
     * change committed after this returns is passed on.
     *
     * @param kafka client properties, at least {@code bootstrap.servers}
     */
    public static TimelineChangeFeed start(final Map<String, Object> kafka, final Consumer<TimelineChange> listener) {
        final KafkaConsumer<String, TimelineEntry> consumer = GrouplessConsumers.open(kafka,
                List.of(Topics.TIMELINES.name()), GrouplessConsumers.From.END,
                Topics.TIMELINES.keySerde().deserializer(), Topics.TIMELINES.valueSerde().deserializer());
        final TimelineChangeFeed feed = new TimelineChangeFeed(consumer, listener);
        feed.thread.start();
        return feed;
    }

    private void run() {
        try {
            while (!closing) {
                pollOnce();
            }
        } catch (final WakeupException e) {
            // close() ends a waiting poll this way.
        } catch (final RuntimeException e) {
            LOG.error("Stopped following {}; live clients get no more changes", Topics.TIMELINES.name(), e);
        } finally {
            consumer.close();
        }
    }

    private void pollOnce() {
        try {
            for (final ConsumerRecord<String, TimelineEntry> record : consumer.poll(POLL)) {
                passOn(record);
            }
        } catch (final RecordDeserializationException e) {
            LOG.warn("Skipping unreadable record {} at offset {}", e.topicPartition(), e.offset(), e);
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    private void passOn(final ConsumerRecord<String, TimelineEntry> record) {
        try {
            listener.accept(TimelineChange.of(record.key(), record.value()));
        } catch (final RuntimeException e) {
            LOG.warn("Could not pass on the record at {}-{} offset {}", record.topic(), record.partition(),
                    record.offset(), e);
        }
    }

    /** Stops following and waits for the consumer to close. */
    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            thread.join();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
