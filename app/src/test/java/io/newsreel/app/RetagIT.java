package io.newsreel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.app.retag.NewsreelCli;
import io.newsreel.app.retag.SinkApi;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TopicContents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test for {@code newsreel retag}: articles tagged before the catalog knew a person's stage
 * name get the person after a re-tag, the dry run shows exactly that first, and the timeline and the person's page
 * follow without duplicates.
 */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(240)
class RetagIT {

    private static final String SHOW = "moonlit-ledger";
    private static final String PERSON = "yoon-seo-ah";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final List<Article> ARTICLES = List.of(
            article("retag-it-1", "Moonlit Ledger finds its bookkeeper", "2024-03-01T00:00:00Z",
                    "Sienna Yoon joins the Netflix thriller as the bookkeeper who keeps the ledger."),
            article("retag-it-2", "First look at Moonlit Ledger", "2024-03-08T00:00:00Z",
                    "The first stills show Sienna Yoon at the night desk of an old bank."),
            article("retag-it-3", "Moonlit Ledger builds its bank", "2024-03-15T00:00:00Z",
                    "The crew rebuilt a bank hall in Incheon for the thriller."));

    @Test
    void shouldTagOldArticlesWithAPersonsNewAliasAndUpdateTheTimeline(final KafkaCluster kafka,
                                                                      @TempDir final Path state) throws Exception {
        final Map<String, Object> clients = kafka.clientProperties();
        final NewsreelCli newsreel = new NewsreelCli(kafka);
        try (ProcessorService processor = TestServices.processor(kafka, "retag", state);
             SinkService sink = TestServices.sink(kafka, "retag", state)) {
            processor.start();
            sink.start();
            final SinkApi api = new SinkApi(sink.httpPort());

            // Given articles tagged while the catalog knew the person under her Korean name only
            newsreel.run("catalog", "add", "show", "--id", SHOW, "--title", "Moonlit Ledger", "--platform",
                    "Netflix");
            newsreel.run("catalog", "add", "person", "--id", PERSON, "--name", "Yoon Seo-ah", "--role", "actor");
            awaitShowKnownToTheProcessor(clients);
            for (final Article article : ARTICLES) {
                send(clients, article);
            }
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(articleIds(api.timelineArticles(SHOW))).containsExactly("retag-it-1", "retag-it-2",
                            "retag-it-3"));
            assertThat(personIds(api.timelineArticles(SHOW))).allSatisfy(persons ->
                    assertThat(persons).doesNotContain(PERSON));

            // When the catalog learns her stage name and a dry run looks at the show's articles
            newsreel.run("catalog", "add", "person", "--id", PERSON, "--name", "Yoon Seo-ah", "--alias",
                    "Sienna Yoon", "--role", "actor");
            final List<String> dryRun = newsreel.run("retag", "--dry-run", "--since", "2024-01-01", "--show", SHOW);

            // Then it prints exactly that change, and publishes nothing
            final List<String> changes = List.of(
                    "person added       retag-it-1  yoon-seo-ah (Yoon Seo-ah) at \"Sienna Yoon\"",
                    "person added       retag-it-2  yoon-seo-ah (Yoon Seo-ah) at \"Sienna Yoon\"");
            assertThat(dryRun.subList(0, 2)).isEqualTo(changes);
            assertThat(dryRun).contains("Scanned 3 articles (published on or after 2024-01-01, tagged with show "
                    + "moonlit-ledger): 2 changed, 1 unchanged.", "Changes: 2 person added.",
                    "Dry run: nothing published.");
            assertThat(dryRun.get(dryRun.size() - 1)).startsWith("Re-tag rate: ").contains("articles per second");
            assertThat(currentPersons(clients, "retag-it-1")).doesNotContain(PERSON);

            // When it runs for real
            final List<String> run = newsreel.run("retag", "--since", "2024-01-01", "--show", SHOW);

            // Then the same changes are published in one transaction, and the timeline and her page follow
            assertThat(run.subList(0, 2)).isEqualTo(changes);
            assertThat(run).contains("Published 2 articles in 1 transaction.");
            await().atMost(WAIT).untilAsserted(() -> {
                final List<JsonNode> timeline = api.timelineArticles(SHOW);
                assertThat(articleIds(timeline)).as("one entry per article").containsExactly("retag-it-1",
                        "retag-it-2", "retag-it-3");
                assertThat(personIds(timeline)).containsExactly(List.of(PERSON), List.of(PERSON), List.of());
                assertThat(api.personArticleIds(PERSON)).containsExactlyInAnyOrder("retag-it-1", "retag-it-2");
            });
            assertThat(currentPersons(clients, "retag-it-1")).containsExactly(PERSON);

            // And a second re-tag finds nothing left to change
            assertThat(newsreel.run("retag", "--dry-run", "--since", "2024-01-01", "--show", SHOW)).contains(
                    "Scanned 3 articles (published on or after 2024-01-01, tagged with show moonlit-ledger): "
                            + "0 changed, 3 unchanged.");
        }
    }

    /** Catalog changes reach tagging within seconds; probes published long ago prove this one has. */
    private static void awaitShowKnownToTheProcessor(final Map<String, Object> clients) {
        await().atMost(WAIT).untilAsserted(() -> {
            final String id = "retag-it-probe-" + System.nanoTime();
            send(clients, article(id, "Moonlit Ledger probe", "2001-01-01T00:00:00Z", "Nothing to see."));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(current(clients, id))
                    .isNotNull().satisfies(tagged -> assertThat(tagged.shows()).extracting(ShowTag::id)
                            .contains(SHOW)));
        });
    }

    /** The ids of the timeline's articles of this test, probes left out, in timeline order. */
    private static List<String> articleIds(final List<JsonNode> timeline) {
        return timeline.stream().filter(RetagIT::isTestArticle).map(article -> article.get("id").asText()).toList();
    }

    /** The person ids of each of this test's articles in the timeline, in timeline order. */
    private static List<List<String>> personIds(final List<JsonNode> timeline) {
        return timeline.stream().filter(RetagIT::isTestArticle)
                .map(article -> article.path("persons").findValuesAsText("id")).toList();
    }

    private static boolean isTestArticle(final JsonNode article) {
        return ARTICLES.stream().anyMatch(known -> known.id().equals(article.path("id").asText()));
    }

    private static List<String> currentPersons(final Map<String, Object> clients, final String articleId) {
        return current(clients, articleId).persons().stream().map(PersonTag::id).toList();
    }

    /** The latest tags published for an article, or null. */
    private static TaggedArticle current(final Map<String, Object> clients, final String articleId) {
        final Map<String, TaggedArticle> latest = new HashMap<>();
        TopicContents.readAll(clients, Topics.TAGGED_ARTICLES.name(),
                        Topics.TAGGED_ARTICLES.valueSerde().deserializer()).stream()
                .filter(record -> articleId.equals(record.key()) && record.value() != null)
                .forEach(record -> latest.put(record.key(), record.value()));
        return latest.get(articleId);
    }

    private static void send(final Map<String, Object> clients, final Article article) throws Exception {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(clients,
                Topics.RAW_ARTICLES.keySerde().serializer(), Topics.RAW_ARTICLES.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), article.id(), article)).get();
        }
    }

    private static Article article(final String id, final String title, final String published, final String text) {
        final Instant at = Instant.parse(published);
        return new Article(id, 1, "https://desk.example/" + id, "https://desk.example/feed", title, null, at, false,
                null, text, "en", at);
    }
}
