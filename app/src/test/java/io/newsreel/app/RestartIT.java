package io.newsreel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.app.samples.SampleFeeds;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topics;
import io.newsreel.testkit.Ports;
import io.newsreel.testkit.TopicContents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsreel run} stopped and started again on the same data directory: nothing lost, nothing published twice,
 * the same timelines.
 */
@Timeout(300)
class RestartIT {

    private static final Pattern ITEM = Pattern.compile("<item>|<entry>");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldLoseNothingAndDuplicateNothingAcrossARestart(@TempDir final Path dataDir) throws Exception {
        final PipelineConfig config = new PipelineConfig(dataDir, null, Ports.free(), 0, Ports.free(), List.of(),
                Duration.ofSeconds(1), Map.of());
        final int sampleArticles = SampleFeeds.load().values().stream()
                .mapToInt(feed -> (int) ITEM.matcher(new String(feed, StandardCharsets.UTF_8)).results().count())
                .sum();
        final Map<String, Object> kafka = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + config.kafkaPort());

        final Map<String, JsonNode> before;
        try (Pipeline pipeline = new Pipeline(config)) {
            pipeline.start();
            assertThat(pipeline.bootstrapServers()).as("the Kafka run names for other commands")
                    .isEqualTo(kafka.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
            // Tagged articles and their show tags commit in one transaction: once all are tagged, all tags are out.
            await().atMost(Duration.ofSeconds(90)).until(() -> count(kafka, Topics.TAGGED_ARTICLES.name())
                    == sampleArticles);
            final int showTags = count(kafka, Topics.SHOW_TAGS.name());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> articleCount(timelines(pipeline.httpPort())) == showTags);
            before = timelines(pipeline.httpPort());
        }

        try (Pipeline pipeline = new Pipeline(config)) {
            pipeline.start();
            final long requestsAtStart = pipeline.samples().requests();
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    pipeline.samples().requests() >= requestsAtStart + 2L * SampleFeeds.load().size());

            assertThat(count(kafka, Topics.RAW_ARTICLES.name())).isEqualTo(sampleArticles);
            assertThat(timelines(pipeline.httpPort())).isEqualTo(before);
        }
    }

    private Map<String, JsonNode> timelines(final int port) throws IOException, InterruptedException {
        final Map<String, JsonNode> timelines = new LinkedHashMap<>();
        for (final JsonNode show : get(port, "/api/shows").get("shows")) {
            final String id = show.get("id").asText();
            timelines.put(id, get(port, "/api/shows/" + id + "/timeline").get("entries"));
        }
        return timelines;
    }

    /** The articles in the timelines: one per article entry, or each of a story entry's articles. */
    private static int articleCount(final Map<String, JsonNode> timelines) {
        int articles = 0;
        for (final JsonNode entries : timelines.values()) {
            for (final JsonNode entry : entries) {
                if (entry.get("kind").asText().equals("ARTICLE")) {
                    articles += Math.max(1, entry.path("coverage").size());
                }
            }
        }
        return articles;
    }

    private JsonNode get(final int port, final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private static int count(final Map<String, Object> kafka, final String topic) {
        return TopicContents.readAll(kafka, topic, new ByteArrayDeserializer()).size();
    }
}
