package io.newsreel.sink.routing;

import static io.newsreel.sink.fixtures.SinkFixtures.showTagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topics;
import io.newsreel.sink.SinkConfig;
import io.newsreel.sink.SinkService;
import io.newsreel.testkit.KafkaCluster;
import io.newsreel.testkit.KafkaClusterExtension;
import io.newsreel.testkit.TestNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sink instances of one application on a real broker, each owning some of the shows: either answers every
 * show, by forwarding to the owner, and lists all of them, by asking the other.
 */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(240)
class MultiInstanceIT {

    private static final int SHOWS = 20;
    /** Asks an instance for the shows it owns only, as instances ask each other. */
    private static final String[] LOCAL_ONLY = {"X-Newsreel-Local-Only", "true"};

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerEveryShowIdenticallyFromEitherInstance(final KafkaCluster kafka, @TempDir final Path stateA,
                                                           @TempDir final Path stateB) throws Exception {
        final String applicationId = TestNames.unique("sink");
        final String run = TestNames.unique("show");
        final List<String> showIds = IntStream.range(0, SHOWS).mapToObj(i -> run + "-" + i).toList();
        try (SinkService first = new SinkService(config(kafka, applicationId, stateA));
             SinkService second = new SinkService(config(kafka, applicationId, stateB))) {
            first.start();
            second.start();
            publishTwoArticlesPerShow(kafka, showIds);

            final List<SinkService> instances = List.of(first, second);
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                for (final SinkService instance : instances) {
                    assertThat(listedShowIds(instance)).containsAll(showIds);
                }
            });

            for (final String showId : showIds) {
                final HttpResponse<String> fromFirst = get(first, "/api/shows/" + showId + "/timeline");
                final HttpResponse<String> fromSecond = get(second, "/api/shows/" + showId + "/timeline");
                assertThat(fromFirst.statusCode()).as(showId).isEqualTo(200);
                assertThat(fromSecond.statusCode()).as(showId).isEqualTo(200);
                assertThat(fromSecond.body()).as(showId).isEqualTo(fromFirst.body());
                assertThat(Json.MAPPER.readTree(fromFirst.body()).get("entries")).as(showId).hasSize(2);
            }
            // Each instance's own part: together every show, none twice.
            final List<String> owned = new ArrayList<>(listedShowIds(first, LOCAL_ONLY));
            owned.addAll(listedShowIds(second, LOCAL_ONLY));
            assertThat(owned.stream().filter(showIds::contains)).containsExactlyInAnyOrderElementsOf(showIds);
        }
    }

    private static SinkConfig config(final KafkaCluster kafka, final String applicationId, final Path stateDir) {
        return new SinkConfig(kafka.clientProperties(), applicationId, stateDir, "127.0.0.1", 0, "127.0.0.1");
    }

    private static void publishTwoArticlesPerShow(final KafkaCluster kafka, final List<String> showIds) {
        try (KafkaProducer<String, ShowTagged> producer = new KafkaProducer<>(kafka.clientProperties(),
                Topics.SHOW_TAGS.keySerde().serializer(), Topics.SHOW_TAGS.valueSerde().serializer())) {
            for (final String showId : showIds) {
                for (int article = 0; article < 2; article++) {
                    producer.send(new ProducerRecord<>(Topics.SHOW_TAGS.name(), showId, showTagged(showId,
                            showId + "-article-" + article, 1, "News " + article,
                            Instant.parse("2023-12-01T00:00:00Z").plusSeconds(3_600L * article))));
                }
            }
        }
    }

    /** The ids an instance lists, or none while it cannot answer (starting or rebalancing). */
    private List<String> listedShowIds(final SinkService instance, final String... headers) throws Exception {
        final HttpResponse<String> response = get(instance, "/api/shows", headers);
        if (response.statusCode() != 200) {
            return List.of();
        }
        final List<String> ids = new ArrayList<>();
        for (final JsonNode show : Json.MAPPER.readTree(response.body()).get("shows")) {
            ids.add(show.get("id").asText());
        }
        return ids;
    }

    private HttpResponse<String> get(final SinkService instance, final String path, final String... headers)
            throws Exception {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + instance.httpPort() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
