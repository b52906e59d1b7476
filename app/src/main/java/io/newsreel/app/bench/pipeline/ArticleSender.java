package io.newsreel.app.bench.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends serialized articles to a topic the way a durable producer does ({@code acks=all}, idempotent): either as
 * fast as the producer takes them or at a fixed rate. Returns each article's send time ({@link System#nanoTime()}).
 * Paced sends are stamped with the time they were due rather than the time they went out, so that a producer falling
 * behind its schedule shows up as latency instead of hiding it (no coordinated omission).
 */
final class ArticleSender implements AutoCloseable {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    ArticleSender(final Map<String, Object> kafka, final String topic, final String clientId) {
        this.producer = new KafkaProducer<>(durableProducer(kafka, clientId), new StringSerializer(),
                new ByteArraySerializer());
        this.topic = topic;
    }

    /** What the raw baseline's producer and the pipeline's producer both use: acks=all, idempotent. */
    static Map<String, Object> durableProducer(final Map<String, Object> kafka, final String clientId) {
        final Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return properties;
    }

    /** Sends articles {@code from} to {@code to - 1} as fast as the producer takes them. */
    void sendAll(final Payloads payloads, final int from, final int to, final long[] sentAt) {
        for (int index = from; index < to; index++) {
            sentAt[index] = System.nanoTime();
            send(payloads.key(index), payloads.value(index));
        }
    }

    /** Sends articles {@code from} to {@code to - 1} at {@code rate} per second, the first at once. */
    void sendPaced(final Payloads payloads, final int from, final int to, final int rate, final long[] sentAt) {
        final long start = System.nanoTime();
        for (int index = from; index < to; index++) {
            final long due = start + (index - from) * NANOS_PER_SECOND / rate;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            sentAt[index] = due;
            send(payloads.key(index), payloads.value(index));
        }
    }

    void send(final String key, final byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, exception) -> {
            if (exception != null) {
                failure.compareAndSet(null, exception);
            }
        });
    }

    /** Waits until every send is acknowledged; throws when one failed. */
    void flush() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("A benchmark record could not be sent to " + topic, failure.get());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
