package io.newsreel.app.cli;

import static io.newsreel.app.cli.CommandLines.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TopicContents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A catalog change made with the command reaches a running processor's tagging without a restart. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(120)
class CatalogCommandIT {

    @Test
    void shouldTagWithAPersonAddedWhileTheProcessorRuns(final KafkaCluster kafka, @TempDir final Path state)
            throws Exception {
        final Map<String, Object> clients = kafka.clientProperties();
        try (ProcessorService processor = new ProcessorService(ProcessorConfig.defaults(clients, state))) {
            processor.start();

            assertThat(command(kafka, "catalog", "add", "person", "--id", "oh-min-ji-writer", "--name", "Oh Min-ji",
                    "--alias", "Minji Oh", "--role", "writer")).contains("written to the catalog");
            assertThat(command(kafka, "catalog", "list")).contains("oh-min-ji-writer");

            // The catalog topic is read as a global table: an article sent after the change must see it.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                final String id = "catalog-it-" + System.nanoTime();
                send(clients, new Article(id, 1, "https://desk.example/" + id, "https://desk.example/feed",
                        "Writer Minji Oh on her new script", null, Instant.now(), false, null,
                        "The screenwriter talked about deadlines.", "en", Instant.now()));
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(persons(clients, id))
                        .contains("oh-min-ji-writer"));
            });
        }
    }

    private static List<String> persons(final Map<String, Object> clients, final String articleId) {
        return TopicContents.readAll(clients, Topics.TAGGED_ARTICLES.name(),
                        Topics.TAGGED_ARTICLES.valueSerde().deserializer()).stream()
                .map(record -> (TaggedArticle) record.value()).filter(Objects::nonNull)
                .filter(article -> articleId.equals(article.id()))
                .flatMap(article -> article.persons().stream()).map(PersonTag::id).toList();
    }

    private static void send(final Map<String, Object> clients, final Article article) throws Exception {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(clients,
                Topics.RAW_ARTICLES.keySerde().serializer(), Topics.RAW_ARTICLES.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), article.id(), article)).get();
        }
    }
}
