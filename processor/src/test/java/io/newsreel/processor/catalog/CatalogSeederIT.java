package io.newsreel.processor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TopicContents;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The only test of its JVM on the catalog topic, whose name is fixed. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class CatalogSeederIT {

    private static final List<CatalogEntry> SEED = CatalogSeed.load();

    @Test
    void shouldSeedTheWholeCatalogAfterASeedingCutShortAndOnlyOnce(final KafkaCluster kafka) {
        // Given a seeding that wrote half the entries and never committed, as when its processor was killed
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.CATALOG));
        }
        try (KafkaProducer<String, CatalogEntry> killed = seedingProducer(kafka)) {
            killed.initTransactions();
            killed.beginTransaction();
            SEED.subList(0, SEED.size() / 2).forEach(entry ->
                    killed.send(new ProducerRecord<>(Topics.CATALOG.name(), entry.key(), entry)));
            killed.flush();

            // When the next processor starts, and another after it
            final int seeded = CatalogSeeder.seedIfEmpty(kafka.clientProperties(), () -> SEED);
            final int seededAgain = CatalogSeeder.seedIfEmpty(kafka.clientProperties(), () -> SEED);

            // Then the first seeded the whole catalog, once, and the second found it seeded
            assertThat(seeded).isEqualTo(SEED.size());
            assertThat(seededAgain).isZero();
            assertThat(TopicContents.readAll(kafka.clientProperties(), Topics.CATALOG.name(),
                    Topics.CATALOG.valueSerde().deserializer()).stream().map(ConsumerRecord::value))
                    .containsExactlyInAnyOrderElementsOf(SEED);
        }
    }

    private static KafkaProducer<String, CatalogEntry> seedingProducer(final KafkaCluster kafka) {
        final Map<String, Object> properties = kafka.clientProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, CatalogSeeder.TRANSACTIONAL_ID);
        return new KafkaProducer<>(properties, Topics.CATALOG.keySerde().serializer(),
                Topics.CATALOG.valueSerde().serializer());
    }
}
