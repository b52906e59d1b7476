package io.newsreel.app.contract;

import static io.newsreel.testkit.schema.DocumentSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.app.TestServices;
import io.newsreel.app.retag.NewsreelCli;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.CleanupPolicy;
import io.newsreel.contract.topic.Topic;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TestNames;
import io.newsreel.testkit.schema.AsyncApiDocument;
import io.newsreel.testkit.schema.OpenApiDocument;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsyncAPI and OpenAPI documents describe what newsreel really publishes and answers: the whole pipeline runs
 * on two outlets' feeds about one show (plus a feed that is no feed, an unsubscription and catalog edits, so that
 * every topic gets records), then every record it published on every topic is checked against its channel's key and
 * value schema, and the sink's answers on that data against the OpenAPI document. The show is one no other test
 * counts the articles of, since they all share the cluster's topics. The processor's and the sink's error topics
 * get records only from records no other test could read; {@link StreamsErrorRecordsTest} makes those.
 */
@ExtendWith(KafkaClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class PublishedContractsIT {

    private static final String SHOW = "queen-of-tears";
    private static final String DESK = feed("Drama Desk", "drama-desk", List.of(
            item("desk-1", "Queen of Tears sets its premiere", "Mon, 05 Feb 2024 09:00:00 +0900",
                    "Queen of Tears premieres on tvN on March 9 with 16 episodes, airing every Saturday and Sunday. "
                            + "Kim Soo-hyun and Kim Ji-won lead the cast."),
            item("desk-2", "Kim Ji-won on playing Hong Hae-in", "Tue, 06 Feb 2024 10:00:00 +0900",
                    "Kim Ji-won talked about Queen of Tears and her character Hong Hae-in.")));
    private static final String WIRE = feed("Screen Wire", "screen-wire", List.of(
            item("wire-1", "Queen of Tears gets a March 9 premiere on tvN", "Mon, 05 Feb 2024 11:00:00 +0900",
                    "The tvN drama Queen of Tears premieres on March 9. Kim Soo-hyun stars opposite Kim Ji-won.")));

    /** Topics that get records only from unreadable input: checked if they have any, made by another test. */
    private static final List<Topic<?>> ONLY_ON_UNREADABLE_INPUT = List.of(Topics.PROCESSOR_ERRORS,
            Topics.SINK_ERRORS);

    private final AsyncApiDocument asyncApi = new AsyncApiDocument();
    private final OpenApiDocument openApi = new OpenApiDocument();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> running = new ArrayList<>();
    private Map<String, Object> clients;
    private RecordsSince published;
    private List<String> subscribed = List.of();
    private int httpPort;

    @BeforeAll
    void runThePipeline(final KafkaCluster kafka, @TempDir final Path stateDir) throws Exception {
        clients = kafka.clientProperties();
        try (Admin admin = Admin.create(clients)) {
            new TopicProvisioner(admin).ensure(Topics.ALL);
        }
        published = RecordsSince.now(clients, Topics.ALL);

        final FeedServer server = started(FeedServer.start(0, Map.of(
                "drama-desk.xml", DESK.getBytes(StandardCharsets.UTF_8),
                "screen-wire.xml", WIRE.getBytes(StandardCharsets.UTF_8),
                "not-a-feed.xml", "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8))));
        started(TestServices.processor(kafka, "contract", stateDir)).start();
        final SinkService sink = started(TestServices.sink(kafka, "contract", stateDir));
        sink.start();
        httpPort = sink.httpPort();
        started(TestServices.ingest(kafka)).start();

        final NewsreelCli newsreel = new NewsreelCli(kafka);
        newsreel.run("catalog", "add", "show", "--id", TestNames.unique("show"), "--title", "Contract Check",
                "--alias", "The Contract Check", "--platform", "Netflix", "--year", "2024");
        newsreel.run("catalog", "add", "person", "--id", TestNames.unique("person"), "--name", "Contract Checker",
                "--role", "writer");
        subscribed = server.urls();
        try (SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
            for (final String url : subscribed) {
                subscriptions.subscribe(new FeedSubscription(url, null, Duration.ofMinutes(30), true, Instant.now()));
            }
            final String dropped = "https://dropped.example/" + TestNames.unique("feed") + ".xml";
            subscriptions.subscribe(new FeedSubscription(dropped, "Dropped", null, false, Instant.now(), true, null));
            subscriptions.unsubscribe(dropped);
        }

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(Topics.ALL).filteredOn(topic -> !ONLY_ON_UNREADABLE_INPUT.contains(topic))
                        .allSatisfy(topic -> assertThat(published.read(topic)).as("records on %s", topic)
                                .isNotEmpty()));
    }

    @AfterAll
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        // Other tests list every subscription of the shared cluster: leave none behind, least of all a broken one.
        try (SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
            subscribed.forEach(subscriptions::unsubscribe);
        }
    }

    @Test
    void shouldPublishOnEveryTopicOnlyRecordsItsChannelDescribes() {
        for (final Topic<?> topic : Topics.ALL) {
            for (final RecordsSince.Record record : published.read(topic)) {
                final String where = topic + " offset " + record.offset() + " key " + record.key();
                assertThat(asyncApi.keyViolations(topic.name(), record.key())).as("key at %s", where).isEmpty();
                if (record.value() == null) {
                    assertThat(topic.cleanupPolicy()).as("tombstone at %s", where).isEqualTo(CleanupPolicy.COMPACT);
                } else {
                    assertThat(asyncApi.valueViolations(topic.name(), json(record.value())))
                            .as("value at %s: %s", where, record.value()).isEmpty();
                }
            }
        }
    }

    @Test
    void shouldAnswerEveryRouteOnRealDataAsTheOpenApiDocumentSays() throws Exception {
        // The sink's stores fill after the records are on the topics: wait until the show's timeline holds both kinds.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                answers("/api/shows/{id}/timeline", "/api/shows/" + SHOW + "/timeline", 200).get("entries")
                        .findValuesAsText("kind")).contains("ARTICLE", "RELEASE"));
        final JsonNode shows = answers("/api/shows", "/api/shows", 200);
        assertThat(shows.get("shows").findValuesAsText("id")).contains(SHOW);
        answers("/api/shows/{id}", "/api/shows/" + SHOW, 200);
        final JsonNode timeline = answers("/api/shows/{id}/timeline", "/api/shows/" + SHOW + "/timeline", 200);
        answers("/api/shows/{id}/timeline", "/api/shows/" + SHOW + "/timeline?kind=RELEASE,EPISODE", 200);
        answers("/api/shows/{id}/timeline", "/api/shows/" + SHOW + "/timeline?limit=1", 200);
        answers("/api/shows/{id}/timeline", "/api/shows/" + SHOW + "/timeline?to=soon", 400);
        answers("/api/shows/{id}", "/api/shows/" + TestNames.unique("nothing"), 404);

        final JsonNode persons = answers("/api/persons", "/api/persons", 200);
        assertThat(persons.get("persons").findValuesAsText("id")).contains("kim-ji-won");
        answers("/api/persons/{id}", "/api/persons/kim-ji-won", 200);
        answers("/api/persons", "/api/persons?limit=0", 400);

        final String articleId = timeline.get("entries").findValue("article").get("id").asText();
        answers("/api/articles/{id}", "/api/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8), 200);
        answers("/api/articles/{id}", "/api/articles/" + TestNames.unique("nothing"), 404);
        answers("/api/search", "/api/search?q=queen%20of%20tears", 200);
        answers("/api/search", "/api/search?q=", 400);
        answers("/api/stream", "/api/stream", 406);
        answers("/health/ready", "/health/ready", 200);
    }

    private JsonNode answers(final String pathTemplate, final String request, final int status) throws Exception {
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status of %s: %s", request, response.body()).isEqualTo(status);
        assertThat(openApi.answerViolations(pathTemplate, status,
                response.headers().firstValue("Content-Type").orElse(""), response.body()))
                .as("%s answered %s", request, response.body()).isEmpty();
        return json(response.body());
    }

    private <T extends AutoCloseable> T started(final T service) {
        running.add(service);
        return service;
    }

    private static String feed(final String title, final String slug, final List<String> items) {
        return "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://" + slug + ".example/</link>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String item(final String guid, final String title, final String published, final String text) {
        return "<item><title>" + title + "</title><link>https://news.example/" + guid + "</link><guid>" + guid
                + "</guid><pubDate>" + published + "</pubDate><description>" + text + "</description></item>";
    }
}
