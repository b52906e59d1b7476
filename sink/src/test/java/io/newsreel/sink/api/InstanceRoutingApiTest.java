package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.KEUM;
import static io.newsreel.sink.api.ApiFixtures.MOVING;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.sink.routing.Instance;
import io.newsreel.sink.routing.InstanceRouting;
import io.newsreel.sink.routing.InstancesUnavailable;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Two API servers on two test drivers, where the routing says the other one owns everything: requests are
 * forwarded and lists merged over HTTP, without Kafka.
 */
class InstanceRoutingApiTest {

    @AutoClose
    private final ApiTestBed owner = new ApiTestBed()
            .publish(article("stills", "First stills", Instant.parse("2023-11-13T00:00:00Z"), List.of(SOUNDTRACK),
                    List.of(KEUM)));
    @AutoClose
    private final ApiTestBed other = new ApiTestBed(new EverythingElsewhere(new Instance("127.0.0.1", owner.port())))
            .publish(article("moving", "Moving renewed", Instant.parse("2023-12-01T00:00:00Z"), List.of(MOVING),
                    List.of()));

    @Test
    void shouldRelayTheOwnersAnswer() {
        final HttpResponse<String> timeline = other.get("/api/shows/soundtrack-2/timeline");

        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).isEqualTo(owner.get("/api/shows/soundtrack-2/timeline").body());
        assertThat(other.get("/api/shows/soundtrack-2/calendar.ics").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(other.json("/api/persons/keum-sae-rok").get("person").get("name").asText())
                .isEqualTo("Keum Sae-rok");
        assertThat(other.json("/api/articles/stills").get("title").asText()).isEqualTo("First stills");
    }

    @Test
    void shouldRelayTheOwnersErrors() {
        final HttpResponse<String> response = other.get("/api/shows/nothing?limit=5");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText()).isEqualTo("No show with id nothing");
    }

    @Test
    void shouldMergeListsFromEveryInstance() {
        assertThat(ApiTestBed.each(other.json("/api/shows").get("shows"), "id"))
                .containsExactly("moving", "soundtrack-2");
        assertThat(ApiTestBed.each(other.json("/api/search?q=i").get("articles"), "id"))
                .containsExactly("moving", "stills");
        assertThat(ApiTestBed.each(other.json("/api/persons").get("persons"), "id")).containsExactly("keum-sae-rok");
    }

    @Test
    void shouldListOnlyItsOwnWhenAskedForItsPart() {
        assertThat(ApiTestBed.each(other.get("/api/shows", Distributed.LOCAL_ONLY_HEADER, "true").body()
                .transform(ApiTestBed::parse).get("shows"), "id")).containsExactly("moving");
    }

    @Test
    void shouldNeverPassOnARequestThatWasForwardedAlready() {
        final HttpResponse<String> response = other.get("/api/shows/soundtrack-2",
                Distributed.FORWARDED_HEADER, "true");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileOwnershipIsUnknown() {
        try (ApiTestBed rebalancing = new ApiTestBed(new Rebalancing())) {
            for (final String path : List.of("/api/shows/moving", "/api/shows")) {
                final HttpResponse<String> response = rebalancing.get(path);

                assertThat(response.statusCode()).as(path).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("2");
                assertThat(ApiTestBed.parse(response.body()).get("message").asText()).as(path)
                        .isEqualTo("Partitions are moving");
            }
        }
    }

    @Test
    void shouldAnswer503WhenAnOwnerDoesNotAnswer() {
        final int stoppedPort;
        try (ApiTestBed stopped = new ApiTestBed()) {
            stoppedPort = stopped.port();
        }

        try (ApiTestBed orphan = new ApiTestBed(new EverythingElsewhere(new Instance("127.0.0.1", stoppedPort)))) {
            final HttpResponse<String> response = orphan.get("/api/shows/soundtrack-2");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(ApiTestBed.parse(response.body()).get("message").asText()).contains("did not answer");
        }
    }

    /** Routing that places every key on one other instance. */
    private record EverythingElsewhere(Instance owner) implements InstanceRouting {

        @Override
        public Optional<Instance> ownerOf(final String store, final String key) {
            return Optional.of(owner);
        }

        @Override
        public List<Instance> otherInstances() {
            return List.of(owner);
        }
    }

    /** Routing while partitions are being reassigned. */
    private static final class Rebalancing implements InstanceRouting {

        @Override
        public Optional<Instance> ownerOf(final String store, final String key) {
            throw new InstancesUnavailable("Partitions are moving");
        }

        @Override
        public List<Instance> otherInstances() {
            throw new InstancesUnavailable("Partitions are moving");
        }
    }
}
