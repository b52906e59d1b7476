package io.newsreel.contract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.serde.Json;
import io.newsreel.testkit.schema.AsyncApiDocument;
import io.newsreel.testkit.schema.DocumentSchemas;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is valid AsyncAPI 3.0 and describes every topic of the catalogue as it is created. That the
 * records on each topic match its schemas is checked on real records, by the app module's contract test.
 */
class AsyncApiDocumentTest {

    /**
     * The JSON Schema of AsyncAPI 3.0.0 documents (bindings included) from the npm package {@code @asyncapi/specs},
     * which the build downloads (see this module's pom).
     */
    private static final String ASYNCAPI_3_SCHEMA = "asyncapi/3.0.0-without-$id.json";

    private final AsyncApiDocument document = new AsyncApiDocument();

    @Test
    void shouldBeAValidAsyncApi3Document() {
        assertThat(DocumentSchemas.asyncApi(ASYNCAPI_3_SCHEMA).violations("", document.document())).isEmpty();
        assertThat(document.document().path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void shouldHaveAChannelForEveryTopicWithItsPartitionsAndCleanupPolicy() {
        for (final Topic<?> topic : Topics.ALL) {
            final JsonNode channel = document.channel(topic.name()).orElse(null);
            assertThat(channel).as("channel of %s", topic).isNotNull();
            final JsonNode kafka = channel.path("bindings").path("kafka");
            assertThat(kafka.path("topic").asText()).as("binding topic of %s", topic).isEqualTo(topic.name());
            assertThat(kafka.path("partitions").asInt()).as("partitions of %s", topic).isEqualTo(topic.partitions());
            assertThat(kafka.path("topicConfiguration").path("cleanup.policy"))
                    .as("cleanup.policy of %s", topic).containsExactly(
                            TextNode.valueOf(topic.cleanupPolicy().configValue()));
        }
    }

    @Test
    void shouldDescribeNoTopicTheCatalogueLacks() {
        final List<String> topics = Topics.ALL.stream().map(Topic::name).toList();

        assertThat(document.document().path("channels")).allSatisfy(channel ->
                assertThat(topics).contains(channel.path("address").asText()));
    }

    @Test
    void shouldResolveEveryReferenceOfEveryTopicsKeyAndValueSchema() {
        for (final Topic<?> topic : Topics.ALL) {
            document.loadSchemas(topic.name());
        }
    }

    @Test
    void shouldRejectAValueWithAFieldTheDocumentDoesNotKnow() {
        final JsonNode fingerprint = Json.MAPPER.createObjectNode().put("id", "a1").put("revision", 1)
                .put("contentHash", "abc").put("addedWithoutDocumenting", true);

        assertThat(document.valueViolations(Topics.ARTICLE_FINGERPRINTS.name(), fingerprint))
                .singleElement().asString().contains("addedWithoutDocumenting");
    }

    @Test
    void shouldDescribeTheOffsetAnArticleWasPublishedAt() {
        final Article article = new Article("a1", 1, "https://example.org/a1", "https://example.org/feed", "Title",
                null, Instant.parse("2023-12-06T01:00:00Z"), false, null, "Body", null,
                Instant.parse("2023-12-06T01:05:00Z"), List.of(), ZoneOffset.ofHours(-5));
        final ObjectNode written = Json.MAPPER.valueToTree(article);

        assertThat(document.valueViolations(Topics.RAW_ARTICLES.name(), written)).isEmpty();
        assertThat(document.valueViolations(Topics.RAW_ARTICLES.name(), written.put("publishedOffset", "KST")))
                .singleElement().asString().contains("publishedOffset");
    }

    @Test
    void shouldDescribeTheZoneAFeedIsWrittenIn() {
        final FeedSubscription subscription = new FeedSubscription("https://desk.example/feed.xml", null, null, true,
                Instant.parse("2023-12-06T01:05:00Z"), null, ZoneId.of("America/Los_Angeles"));
        final ObjectNode written = Json.MAPPER.valueToTree(subscription);

        assertThat(document.valueViolations(Topics.FEED_SUBSCRIPTIONS.name(), written)).isEmpty();
        assertThat(document.valueViolations(Topics.FEED_SUBSCRIPTIONS.name(), written.put("zone", "+09:00")))
                .isEmpty();
        assertThat(document.valueViolations(Topics.FEED_SUBSCRIPTIONS.name(), written.put("zone", "Pacific time")))
                .singleElement().asString().contains("zone");
    }
}
