package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.Topics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Writes catalog entries to the {@code catalog} topic; returns once every write is acknowledged. */
public final class CatalogWriter implements AutoCloseable {

    private final KafkaProducer<String, CatalogEntry> producer;

    public CatalogWriter(final Map<String, Object> clientProperties) {
        final Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(properties, Topics.CATALOG.keySerde().serializer(),
                Topics.CATALOG.valueSerde().serializer());
    }

    public void write(final Collection<? extends CatalogEntry> entries) {
        final List<Future<RecordMetadata>> sends = entries.stream()
                .map(entry -> producer.send(new ProducerRecord<>(Topics.CATALOG.name(), entry.key(), entry)))
                .toList();
        for (final Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (final ExecutionException e) {
                throw new IllegalStateException("Cannot write to the catalog: " + e.getCause(), e.getCause());
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing to the catalog", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
