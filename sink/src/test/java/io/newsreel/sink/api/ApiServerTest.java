package io.newsreel.sink.api;

import static io.newsreel.sink.fixtures.SinkFixtures.showTagged;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.topology.SinkTopology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private TopologyTestDriver driver;
    private ApiServer server;

    @BeforeEach
    void start() {
        final Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "api-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(SinkTopology.build(properties), properties);
        final TestInputTopic<String, ShowTagged> input = driver.createInputTopic(Topics.SHOW_TAGS.name(), Topics.SHOW_TAGS.keySerde().serializer(),
                Topics.SHOW_TAGS.valueSerde().serializer());
        input.pipeInput("soundtrack-2", showTagged("soundtrack-2", "b", 1, "Premiere",
                Instant.parse("2023-12-06T00:00:00Z")));
        input.pipeInput("soundtrack-2", showTagged("soundtrack-2", "a", 1, "Teaser",
                Instant.parse("2023-11-20T00:00:00Z")));
        server = ApiServer.start(new TimelineQueries(driver::getKeyValueStore), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        driver.close();
    }

    @Test
    void shouldListShows() throws Exception {
        final HttpResponse<String> response = get("/api/shows");

        assertThat(response.statusCode()).isEqualTo(200);
        final JsonNode shows = Json.MAPPER.readTree(response.body()).get("shows");
        assertThat(shows).hasSize(1);
        assertThat(shows.get(0).get("id").asText()).isEqualTo("soundtrack-2");
        assertThat(shows.get(0).get("articleCount").asInt()).isEqualTo(2);
    }

    @Test
    void shouldServeATimelineOldestFirst() throws Exception {
        final JsonNode body = Json.MAPPER.readTree(get("/api/shows/soundtrack-2/timeline").body());

        assertThat(body.get("show").get("name").asText()).isEqualTo("Show soundtrack-2");
        assertThat(body.get("entries").findValuesAsText("title")).containsExactly("Teaser", "Premiere");
    }

    @Test
    void shouldAnswerAnUnknownShowWithAJson404() throws Exception {
        final HttpResponse<String> response = get("/api/shows/no-such-show/timeline");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(response.body()).get("message").asText()).contains("no-such-show");
    }

    @Test
    void shouldAnswerAnUnknownPathWithAJson404() throws Exception {
        final HttpResponse<String> response = get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(response.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void shouldServeTheDashboardWithItsOwnAssets() throws Exception {
        final HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>newsreel</title>").contains("/app.js");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/style.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(final String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
