package io.newsreel.ingest.publish;

import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.dedup.SeenArticles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes admitted articles together with their fingerprints and the feed's status in one Kafka transaction, so
 * that an article is published exactly when ingest will remember it, even across a crash; and error records, so
 * that nothing is lost silently. Articles are keyed by article id; the producer is idempotent and compresses.
 *
 * <p>Transactions belong to one producer and are used from many fetch threads, so publication is serialized.
 */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public ArticlePublisher(final Map<String, Object> clientProperties, final String transactionalId) {
        final Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
    }

    /** Publishes a poll's new and changed articles, their fingerprints and the feed's status, all or nothing. */
    public synchronized void publish(final List<SeenArticles.Admitted> admitted, final FeedStatus status) {
        inTransaction(() -> {
            admitted.forEach(each -> {
                final String id = each.article().id();
                producer.send(record(Topics.RAW_ARTICLES.name(), id,
                        Topics.RAW_ARTICLES.valueSerde().toBytes(each.article())));
                producer.send(record(Topics.ARTICLE_FINGERPRINTS.name(), id,
                        Topics.ARTICLE_FINGERPRINTS.valueSerde().toBytes(each.fingerprint())));
            });
            sendStatus(status);
        });
    }

    /** Publishes a failed poll's error record and the feed's status. */
    public synchronized void publishError(final ErrorRecord error, final FeedStatus status) {
        inTransaction(() -> {
            producer.send(record(Topics.INGEST_ERRORS.name(), error.subject(),
                    Topics.INGEST_ERRORS.valueSerde().toBytes(error)));
            sendStatus(status);
        });
    }

    private void sendStatus(final FeedStatus status) {
        producer.send(record(Topics.FEED_STATUS.name(), status.url(), Topics.FEED_STATUS.valueSerde().toBytes(status)));
    }

    private void inTransaction(final Runnable sends) {
        producer.beginTransaction();
        try {
            sends.run();
            producer.commitTransaction();
        } catch (final KafkaException e) {
            producer.abortTransaction();
            throw e;
        }
    }

    private static ProducerRecord<String, byte[]> record(final String topic, final String key, final byte[] value) {
        return new ProducerRecord<>(topic, key, value);
    }

    @Override
    public void close() {
        producer.close();
    }
}
