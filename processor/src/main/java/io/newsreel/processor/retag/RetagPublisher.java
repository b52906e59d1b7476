package io.newsreel.processor.retag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes re-tagged articles to {@code tagged-articles}, {@code show-tags}, {@code person-tags} and
 * {@code release-events}, one Kafka transaction per batch: a batch reaches the sink whole or not at all, so a
 * timeline never shows an article retracted from its old show but not yet added to its new one. The transactional
 * id is fixed per deployment, so a second re-tag started by mistake fences the first.
 */
final class RetagPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetagPublisher.class);

    private final KafkaProducer<String, byte[]> producer;

    RetagPublisher(final Map<String, Object> clientProperties, final String transactionalId) {
        final Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
    }

    /** Publishes the corrections of every changed article of the batch, all or nothing. */
    void publish(final List<ArticleDiff> batch) {
        try {
            producer.beginTransaction();
            for (final ArticleDiff diff : batch) {
                RetagRecords.of(diff.current(), diff.retagged()).forEach(record -> producer.send(record.toRecord()));
            }
            producer.commitTransaction();
        } catch (final ProducerFencedException e) {
            throw new RetagException("Another re-tag with the same transactional id took over", e);
        } catch (final KafkaException e) {
            abort();
            throw new RetagException("Cannot publish a batch of " + batch.size() + " re-tagged articles, first "
                    + batch.get(0).articleId() + ": " + e.getMessage(), e);
        }
    }

    private void abort() {
        try {
            producer.abortTransaction();
        } catch (final KafkaException e) {
            LOG.warn("Cannot abort the failed transaction: {}", e.toString());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
