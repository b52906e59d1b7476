package io.newsreel.sink.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TestNames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The live change feed on a real broker: what is committed to {@code timelines} after it starts, and only that. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class TimelineChangeFeedIT {

    @Test
    void shouldPassOnCommittedChangesFromTheEndOfTheTopic(final KafkaCluster kafka) throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(Topics.TIMELINES));
        }
        final String showId = TestNames.unique("show");
        final Queue<TimelineChange> received = new ConcurrentLinkedQueue<>();
        // Not in a transaction: a commit's markers are written after commitTransaction() returns, so a committed
        // record could still lie past the end the feed starts from.
        try (KafkaProducer<String, TimelineEntry> producer = producer(kafka.clientProperties())) {
            producer.send(record(showId, "before-start", entry(showId, "before-start"))).get();
        }

        try (TimelineChangeFeed feed = TimelineChangeFeed.start(kafka.clientProperties(), change -> {
            if (change.showId().equals(showId)) {
                received.add(change);
            }
        });
             KafkaProducer<String, TimelineEntry> producer = transactionalProducer(kafka)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(record(showId, "aborted", entry(showId, "aborted")));
            producer.abortTransaction();
            commit(producer, showId, "premiere", entry(showId, "premiere"));
            commit(producer, showId, "premiere", null);

            await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= 2);
        }

        assertThat(received).extracting(TimelineChange::entryId, TimelineChange::removed)
                .containsExactly(tuple("premiere", false),
                        tuple("premiere", true));
    }

    private static KafkaProducer<String, TimelineEntry> transactionalProducer(final KafkaCluster kafka) {
        final Map<String, Object> properties = kafka.clientProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestNames.unique("timeline-writer"));
        return producer(properties);
    }

    private static KafkaProducer<String, TimelineEntry> producer(final Map<String, Object> properties) {
        return new KafkaProducer<>(properties, Topics.TIMELINES.keySerde().serializer(),
                Topics.TIMELINES.valueSerde().serializer());
    }

    private static void commit(final KafkaProducer<String, TimelineEntry> producer, final String showId,
                               final String entryId, final TimelineEntry entry) {
        producer.beginTransaction();
        producer.send(record(showId, entryId, entry));
        producer.commitTransaction();
    }

    private static ProducerRecord<String, TimelineEntry> record(final String showId, final String entryId,
                                                                final TimelineEntry entry) {
        return new ProducerRecord<>(Topics.TIMELINES.name(), showId + "/" + entryId, entry);
    }

    private static TimelineEntry entry(final String showId, final String entryId) {
        return new TimelineEntry(showId, entryId, EntryKind.RELEASE, Instant.parse("2023-12-06T00:00:00Z"), null,
                null, null);
    }
}
