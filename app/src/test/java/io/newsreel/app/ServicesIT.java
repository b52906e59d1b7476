package io.newsreel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.app.samples.FeedServer;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.serde.Json;
import io.newsreel.ingest.IngestService;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import io.newsreel.processor.ProcessorConfig;
import io.newsreel.processor.ProcessorService;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import java.net.URI;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The three services on a real broker: a feed served locally becomes a show's timeline in the HTTP API. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(180)
class ServicesIT {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Test Desk</title><link>https://test-desk.example/</link>
              <item>
                <title>Soundtrack #2 wraps with a two-episode finale</title>
                <link>https://test-desk.example/finale?utm_source=feed</link>
                <guid isPermaLink="false">test-desk-3</guid>
                <pubDate>Wed, 20 Dec 2023 18:00:00 +0900</pubDate>
                <description><![CDATA[<p>The last two chapters of the Disney+ romance arrive tonight.
                  Geum Sae-rok says goodbye to Do Hyeon-seo.</p>]]></description>
              </item>
              <item>
                <title>First stills from Soundtrack No. 2</title>
                <link>https://test-desk.example/stills</link>
                <guid isPermaLink="false">test-desk-1</guid>
                <pubDate>Mon, 13 Nov 2023 09:00:00 +0900</pubDate>
                <description>Keum Sae-rok and Steve Noh appear in the first stills.</description>
              </item>
              <item>
                <title>Press day for the Disney+ music romance</title>
                <link>https://test-desk.example/press</link>
                <guid isPermaLink="false">test-desk-2</guid>
                <pubDate>Thu, 30 Nov 2023 14:00:00 +0900</pubDate>
                <description>Directors of Soundtrack #2 talked about the songs.</description>
              </item>
            </channel></rss>""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldTurnAServedFeedIntoAShowTimeline(final KafkaCluster kafka, @TempDir final Path stateDir)
            throws Exception {
        final Map<String, Object> clients = kafka.clientProperties();
        try (FeedServer feeds = FeedServer.start(0, Map.of("test-desk.xml", FEED.getBytes(StandardCharsets.UTF_8)));
             ProcessorService processor = new ProcessorService(ProcessorConfig.defaults(clients, stateDir));
             SinkService sink = new SinkService(SinkConfig.defaults(clients, stateDir, 0));
             IngestService ingest = TestServices.ingest(kafka)) {
            processor.start();
            sink.start();
            ingest.start();
            try (SubscriptionWriter subscriptions = new SubscriptionWriter(clients)) {
                subscriptions.subscribe(new FeedSubscription(feeds.url("test-desk.xml"), null,
                        Duration.ofMinutes(5), true, Instant.now()));
            }

            final URI timeline = URI.create("http://127.0.0.1:" + sink.httpPort()
                    + "/api/shows/soundtrack-2/timeline");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(entries(timeline, "ARTICLE")).hasSize(3));

            final List<JsonNode> entries = entries(timeline, "ARTICLE");
            assertThat(entries).extracting(entry -> entry.get("article").get("title").asText()).containsExactly(
                    "First stills from Soundtrack No. 2",
                    "Press day for the Disney+ music romance",
                    "Soundtrack #2 wraps with a two-episode finale");
            assertThat(entries).extracting(entry -> entry.get("at").asText()).containsExactly(
                    "2023-11-13T00:00:00Z", "2023-11-30T05:00:00Z", "2023-12-20T09:00:00Z");
            assertThat(entries.get(2).get("article").get("url").asText())
                    .isEqualTo("https://test-desk.example/finale");
            assertThat(entries.get(0).get("article").get("persons").findValuesAsText("id"))
                    .contains("keum-sae-rok", "noh-sang-hyun");
            assertThat(entries(timeline, "RELEASE")).singleElement().satisfies(finale -> {
                assertThat(finale.get("release").get("type").asText()).isEqualTo("FINALE");
                assertThat(finale.get("release").get("date").asText()).isEqualTo("2023-12-20");
            });
        }
    }

    private List<JsonNode> entries(final URI timeline, final String kind) throws Exception {
        final HttpRequest request = HttpRequest.newBuilder(URI.create(timeline + "?kind=" + kind)).build();
        final HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return List.of();
        }
        final List<JsonNode> entries = new ArrayList<>();
        Json.MAPPER.readTree(response.body()).get("entries").forEach(entries::add);
        return entries;
    }
}
