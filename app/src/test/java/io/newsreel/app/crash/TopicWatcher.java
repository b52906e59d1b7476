package io.newsreel.app.crash;

import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows what the pipeline commits, from outside it, with {@code read_committed} and no consumer group: how many
 * records each article id got on {@code raw-articles}, the latest entry under every key of {@code timelines} (what a
 * compacted read gives), and every record on the three error topics. It keeps following across a broker restart.
 */
final class TopicWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicWatcher.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Set<String> ERROR_TOPICS = Set.of(Topics.INGEST_ERRORS.name(),
            Topics.PROCESSOR_ERRORS.name(), Topics.SINK_ERRORS.name());

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Integer> rawArticles = new ConcurrentHashMap<>();
    private final Map<String, TimelineEntry> timelines = new ConcurrentHashMap<>();
    private final List<ErrorRecord> errors = new CopyOnWriteArrayList<>();
    private final AtomicLong timelineRecords = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;

    TopicWatcher(final Map<String, Object> kafka) {
        final Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "crash-test-watcher");
        this.consumer = GrouplessConsumers.open(properties, Stream.concat(Stream.of(Topics.RAW_ARTICLES.name(),
                Topics.TIMELINES.name()), ERROR_TOPICS.stream()).toList(), GrouplessConsumers.From.BEGINNING,
                new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::watch, "crash-test-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (!closing) {
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    accept(record);
                }
            }
        } catch (final WakeupException e) {
            // close() stops the watcher this way.
        } catch (final RuntimeException e) {
            LOG.error("The watcher stopped; what it saw so far is all the test will see", e);
            throw e;
        } finally {
            consumer.close();
        }
    }

    private void accept(final ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(Topics.RAW_ARTICLES.name())) {
            rawArticles.merge(record.key(), 1, Integer::sum);
        } else if (record.topic().equals(Topics.TIMELINES.name())) {
            timelineRecords.incrementAndGet();
            if (record.value() == null) {
                timelines.remove(record.key());
            } else {
                timelines.put(record.key(), read(Topics.TIMELINES, record));
            }
        } else {
            // The three error topics carry the same record type.
            errors.add(read(Topics.INGEST_ERRORS, record));
        }
    }

    private static <V> V read(final Topic<V> topic, final ConsumerRecord<String, byte[]> record) {
        return topic.valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    /** Article id → how many records it got on {@code raw-articles}. */
    Map<String, Integer> rawArticles() {
        return Map.copyOf(rawArticles);
    }

    /** The timeline entries as they stand: the latest record of every key that is not a tombstone. */
    List<TimelineEntry> timelineEntries() {
        return new ArrayList<>(timelines.values());
    }

    /** Every record on the error topics so far. */
    List<ErrorRecord> errors() {
        return List.copyOf(errors);
    }

    /** Records read so far, for a failure message. */
    @Override
    public String toString() {
        return "watcher read " + rawArticles.values().stream().mapToInt(Integer::intValue).sum()
                + " raw-articles and " + timelineRecords + " timelines records, " + errors.size() + " error records";
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
