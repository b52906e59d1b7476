package io.newsreel.app.bench.pipeline;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.TimelineArticle;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Tells when each benchmark article became visible: when an article entry of its show's timeline listing it was
 * committed on {@code timelines} (an entry of its own, or its story's entry, which lists every article of the story
 * in its coverage), and, to split the time by service, when its tagged article was committed on
 * {@code tagged-articles}; and counts the catalog entries, to tell what the processor added to the catalog. Reads
 * the topics from the start with {@code read_committed}, on a thread of its own named "bench-pipeline-" so that its
 * CPU is not charged to the pipeline.
 *
 * <p>Why the topic and not the sink's store: under exactly-once the entry reaches {@code timelines} in the same
 * transaction that commits the sink's store update and input offsets, so a committed record on {@code timelines} is
 * the moment the entry became durable and visible to every reader of the timeline, counted from outside the sink
 * without polling its HTTP API per article. The sink's RocksDB store (and so its HTTP API) holds the entry from the
 * moment the sink processed it, which can be up to one commit interval earlier; under exactly-once a failure can
 * still roll that back, so the topic is the honest "visible" and the conservative figure. Under at-least-once the
 * sink writes without transactions and the record is readable as soon as the sink's producer has sent it.
 */
final class TimelineWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Deserializer<TimelineEntry> ENTRIES = Topics.TIMELINES.valueSerde().deserializer();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Payloads payloads;
    private final AtomicLongArray taggedAt;
    private final AtomicLongArray visibleAt;
    private final AtomicInteger visible = new AtomicInteger();
    private final AtomicInteger tagged = new AtomicInteger();
    private final AtomicLong timelineRecords = new AtomicLong();
    private final AtomicLong catalogRecords = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;

    TimelineWatcher(final Map<String, Object> kafka, final Payloads payloads, final String clientId) {
        final Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = GrouplessConsumers.open(properties, List.of(Topics.TAGGED_ARTICLES.name(),
                Topics.TIMELINES.name(), Topics.CATALOG.name()), GrouplessConsumers.From.BEGINNING,
                new StringDeserializer(), new ByteArrayDeserializer());
        this.payloads = payloads;
        this.taggedAt = new AtomicLongArray(payloads.count());
        this.visibleAt = new AtomicLongArray(payloads.count());
        this.thread = new Thread(this::watch, "bench-pipeline-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void watch() {
        try {
            while (!closing) {
                final ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                final long now = System.nanoTime();
                for (final ConsumerRecord<String, byte[]> record : records) {
                    if (record.key() == null || record.value() == null) {
                        continue;
                    }
                    if (record.topic().equals(Topics.CATALOG.name())) {
                        catalogRecords.incrementAndGet();
                    } else if (record.topic().equals(Topics.TIMELINES.name())) {
                        timelineRecords.incrementAndGet();
                        onTimelineEntry(ENTRIES.deserialize(record.topic(), record.value()), now);
                    } else {
                        final int index = Payloads.indexOf(record.key());
                        if (index >= 0 && index < payloads.count() && taggedAt.compareAndSet(index, 0, now)) {
                            tagged.incrementAndGet();
                        }
                    }
                }
            }
        } catch (final WakeupException e) {
            // close() stops the watcher this way.
        } finally {
            // A consumer may only be used, and so closed, by one thread: this one.
            consumer.close();
        }
    }

    private void onTimelineEntry(final TimelineEntry entry, final long now) {
        if (entry.kind() != EntryKind.ARTICLE) {
            return; // a release or episode entry
        }
        final List<TimelineArticle> articles = entry.coverage().isEmpty() ? List.of(entry.article())
                : entry.coverage();
        for (final TimelineArticle article : articles) {
            final int index = Payloads.indexOf(article.id());
            if (index >= 0 && index < payloads.count() && payloads.showId(index).equals(entry.showId())
                    && visibleAt.compareAndSet(index, 0, now)) {
                visible.incrementAndGet();
            }
        }
    }

    /**
     * Waits until {@code count} articles are visible, or until none has become visible for {@code stall}, telling
     * {@code onProgress} the visible count as it grows.
     *
     * @return whether all of them became visible
     */
    boolean awaitVisible(final int count, final Duration stall, final IntConsumer onProgress)
            throws InterruptedException {
        int seen = visible.get();
        long progressAt = System.nanoTime();
        while (seen < count) {
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
            final int now = visible.get();
            if (now > seen) {
                seen = now;
                progressAt = System.nanoTime();
                onProgress.accept(now);
            } else if (System.nanoTime() - progressAt > stall.toNanos()) {
                return false;
            }
        }
        return true;
    }

    int visible() {
        return visible.get();
    }

    /** Articles whose tags were committed on {@code tagged-articles} so far. */
    int tagged() {
        return tagged.get();
    }

    /** When article {@code index} reached its show's timeline ({@link System#nanoTime()}), or 0 if it has not. */
    long visibleAt(final int index) {
        return visibleAt.get(index);
    }

    /** When article {@code index}'s tags were committed on {@code tagged-articles}, or 0 if they were not. */
    long taggedAt(final int index) {
        return taggedAt.get(index);
    }

    /**
     * Catalog entries committed so far: the benchmark's catalog and whatever the processor proposed since. Every
     * proposal changes the catalog, and a changed catalog makes the processor rebuild its tagger.
     */
    long catalogRecords() {
        return catalogRecords.get();
    }

    /** Timeline entries (not tombstones) read so far, of every show and kind. */
    long timelineRecords() {
        return timelineRecords.get();
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
