package io.newsreel.app.bench.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the broker alone moves: one producer and one consumer passing the pipeline's own serialized articles through
 * a topic with the same partition count and the same durability as the pipeline's input ({@code acks=all},
 * idempotent producer, {@code read_committed} consumer). A first pass of {@code warmup} records, produced and
 * consumed before the clock starts, warms the clients and the broker.
 */
final class RawBaseline {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration STALL = Duration.ofSeconds(60);

    private RawBaseline() {
    }

    static PipelineBenchResult.Baseline run(final BenchKafka kafka, final Payloads payloads, final int partitions,
                                            final int records, final int warmup) throws InterruptedException {
        final String topic = kafka.prefix() + "raw-baseline";
        kafka.createOwnTopic(topic, partitions);
        try (Counter counter = new Counter(kafka.clientProperties(), topic);
             ArticleSender sender = new ArticleSender(kafka.clientProperties(), topic, "bench-pipeline-baseline")) {
            send(sender, payloads, 0, warmup);
            sender.flush();
            counter.await(warmup);
            final long bytesBefore = counter.bytes.get();
            final long start = System.nanoTime();
            send(sender, payloads, warmup, warmup + records);
            sender.flush();
            final long produced = System.nanoTime();
            final boolean complete = counter.await(warmup + records);
            final long consumed = counter.lastAt.get();
            final double produceSeconds = (produced - start) / 1e9;
            final double seconds = (consumed - start) / 1e9;
            final long bytes = counter.bytes.get() - bytesBefore;
            return new PipelineBenchResult.Baseline(records, payloads.meanValueBytes(), complete,
                    produceSeconds, records / produceSeconds, seconds, (counter.count.get() - warmup) / seconds,
                    bytes / 1e6 / seconds);
        }
    }

    /** Sends records {@code from} to {@code to - 1}, cycling through the articles, each with a key of its own. */
    private static void send(final ArticleSender sender, final Payloads payloads, final int from, final int to) {
        for (int i = from; i < to; i++) {
            sender.send("raw-" + i, payloads.value(i % payloads.count()));
        }
    }

    /** Consumes the baseline topic from its start on a thread of its own, counting records and value bytes. */
    private static final class Counter implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong lastAt = new AtomicLong();
        private final Thread thread;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean closing;

        Counter(final Map<String, Object> kafka, final String topic) {
            final Map<String, Object> properties = new HashMap<>(kafka);
            properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-pipeline-baseline-consumer");
            consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position);
            thread = new Thread(this::consume, "bench-pipeline-baseline-consumer");
            thread.setDaemon(true);
            thread.start();
        }

        private void consume() {
            try {
                while (!closing) {
                    long records = 0;
                    long size = 0;
                    for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        records++;
                        size += record.serializedValueSize();
                    }
                    if (records > 0) {
                        bytes.addAndGet(size);
                        lastAt.set(System.nanoTime());
                        count.addAndGet(records);
                    }
                }
            } catch (final WakeupException e) {
                // close() stops the counter this way.
            } finally {
                consumer.close();
                stopped.countDown();
            }
        }

        /** Waits until {@code total} records were consumed, or nothing came for a minute; says which. */
        boolean await(final long total) throws InterruptedException {
            long seen = count.get();
            long progressAt = System.nanoTime();
            while (seen < total) {
                TimeUnit.MILLISECONDS.sleep(POLL.toMillis() / 5);
                final long now = count.get();
                if (now > seen) {
                    seen = now;
                    progressAt = System.nanoTime();
                } else if (System.nanoTime() - progressAt > STALL.toNanos()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws InterruptedException {
            closing = true;
            consumer.wakeup();
            stopped.await(10, TimeUnit.SECONDS);
        }
    }
}
