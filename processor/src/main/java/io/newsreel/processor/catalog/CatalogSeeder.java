package io.newsreel.processor.catalog;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.GrouplessConsumers;
import io.newsreel.contract.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds an empty catalog, all or nothing. The entries go in one transaction under a transactional id that every
 * processor shares: a seeding cut short (the processor killed halfway) is aborted when the next processor starts,
 * which then finds no committed entry and seeds the catalog whole. Written piece by piece, the half that made it
 * would read as a seeded catalog, and the rest would never come.
 */
public final class CatalogSeeder {

    static final String TRANSACTIONAL_ID = "newsreel-catalog-seed";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private CatalogSeeder() {
    }

    /**
     * Writes the entries to the catalog topic unless it holds a committed entry already.
     *
     * @param kafka client properties, at least {@code bootstrap.servers}
     * @param entries the seed, read only when the catalog is empty
     * @return how many entries were written: none when the catalog was not empty or another processor seeds it
     */
    public static int seedIfEmpty(final Map<String, Object> kafka, final Supplier<List<CatalogEntry>> entries) {
        // Most starts find the catalog seeded long ago, and need no transaction for that.
        if (holdsCommittedEntry(kafka)) {
            return 0;
        }
        final Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        try (KafkaProducer<String, CatalogEntry> producer = new KafkaProducer<>(properties,
                Topics.CATALOG.keySerde().serializer(), Topics.CATALOG.valueSerde().serializer())) {
            // Aborts a seeding an earlier processor left open, and fences that processor should it still run. Until
            // then its transaction held the end read above back: entries committed after it began are seen only now.
            producer.initTransactions();
            if (holdsCommittedEntry(kafka)) {
                return 0;
            }
            final List<CatalogEntry> seed = entries.get();
            producer.beginTransaction();
            seed.forEach(entry -> producer.send(new ProducerRecord<>(Topics.CATALOG.name(), entry.key(), entry)));
            producer.commitTransaction();
            LOG.info("Seeded the empty catalog with {} entries", seed.size());
            return seed.size();
        } catch (final ProducerFencedException e) {
            LOG.info("Another processor started seeding the catalog after this one; its seed is the one that counts");
            return 0;
        }
    }

    private static boolean holdsCommittedEntry(final Map<String, Object> kafka) {
        try (KafkaConsumer<byte[], byte[]> consumer = GrouplessConsumers.open(kafka, List.of(Topics.CATALOG.name()),
                GrouplessConsumers.From.BEGINNING, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            // Read committed, the end is the last stable offset: aborted entries lie before it but are skipped.
            final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            while (end.entrySet().stream().anyMatch(partition ->
                    consumer.position(partition.getKey()) < partition.getValue())) {
                if (!consumer.poll(POLL).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }
}
