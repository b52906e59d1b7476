package io.newsreel.app.bench;

import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records ingest commits on {@code raw-articles} and {@code ingest-errors}, from the end the topics had
 * when the counter started, in a thread of its own named "bench-" so that its CPU time is not charged to ingest.
 *
 * <p>It consumes rather than reading end offsets, because ingest publishes in transactions: every commit adds a
 * marker that takes an offset, so offsets overstate the records. {@code read_committed} counts what a downstream
 * reader would see, when it could see it.
 */
final class ArticleCounter implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong lastArticleAtNanos = new AtomicLong();
    private volatile boolean closing;

    ArticleCounter(final Map<String, Object> kafka) {
        // From the end as it is before ingest publishes anything.
        consumer = GrouplessConsumers.open(kafka, List.of(Topics.RAW_ARTICLES.name(), Topics.INGEST_ERRORS.name()),
                GrouplessConsumers.From.END, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::count, "bench-counter");
        thread.setDaemon(true);
        thread.start();
    }

    long articles() {
        return articles.get();
    }

    long errors() {
        return errors.get();
    }

    /** {@link System#nanoTime()} when the last article was counted, or 0 before the first. */
    long lastArticleAtNanos() {
        return lastArticleAtNanos.get();
    }

    private void count() {
        try {
            while (!closing) {
                long newArticles = 0;
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.topic().equals(Topics.RAW_ARTICLES.name())) {
                        newArticles++;
                    } else {
                        errors.incrementAndGet();
                    }
                }
                if (newArticles > 0) {
                    articles.addAndGet(newArticles);
                    lastArticleAtNanos.set(System.nanoTime());
                }
            }
        } catch (final WakeupException e) {
            // close() stops the counter this way.
        } finally {
            // A consumer may only be used, and so closed, by one thread: this one.
            consumer.close();
        }
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
