package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.MELO;
import static io.newsreel.sink.api.ApiFixtures.MOVING;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static io.newsreel.sink.api.ApiFixtures.episodes;
import static io.newsreel.sink.api.ApiFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.ReleaseType;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ShowApiTest {

    @AutoClose
    private final ApiTestBed api = new ApiTestBed()
            .publish(article("stills", "First stills", Instant.parse("2023-11-13T00:00:00Z"),
                    List.of(SOUNDTRACK), List.of()))
            .publish(article("press", "Press day", Instant.parse("2023-11-30T05:00:00Z"),
                    List.of(SOUNDTRACK), List.of()))
            .publish(article("moving-2", "Moving season 2", Instant.parse("2023-12-08T00:00:00Z"),
                    List.of(MOVING), List.of()))
            .publish(article("melo", "Melo cast", Instant.parse("2023-11-01T00:00:00Z"), List.of(MELO),
                    List.of()))
            .putEntry(release("soundtrack-2", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06")))
            .putEntry(episodes("soundtrack-2", "episodes-3-4", LocalDate.parse("2023-12-13"), 3, 4))
            .putEntry(release("soundtrack-2", "finale", ReleaseType.FINALE, LocalDate.parse("2023-12-20")));

    @Test
    void shouldListShowsMostRecentlyUpdatedFirst() {
        final JsonNode shows = api.json("/api/shows").get("shows");

        assertThat(shows.findValuesAsText("id")).containsExactly("moving", "soundtrack-2", "melo-movie");
        assertThat(shows.get(1).get("name").asText()).isEqualTo("Soundtrack #2");
        assertThat(shows.get(1).get("articleCount").asInt()).isEqualTo(2);
        assertThat(shows.get(1).get("lastUpdate").asText()).isEqualTo("2023-11-30T05:00:00Z");
    }

    @Test
    void shouldNameTheFirstReleaseFromTodayOnAsNext() {
        final JsonNode next = api.json("/api/shows/soundtrack-2").get("nextRelease");

        assertThat(next.get("entryId").asText()).isEqualTo("episodes-3-4");
        assertThat(next.get("kind").asText()).isEqualTo("EPISODE");
        assertThat(next.get("type").asText()).isEqualTo("NEW_EPISODES");
        assertThat(next.get("date").asText()).isEqualTo("2023-12-13");
        assertThat(next.get("firstEpisode").asInt()).isEqualTo(3);
        assertThat(next.get("lastEpisode").asInt()).isEqualTo(4);
        assertThat(next.get("conflict").asBoolean()).isFalse();
    }

    @Test
    void shouldCountAReleaseOfTodayInTheReleaseZoneAsNext() {
        api.putEntry(release("melo-movie", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-10")));

        assertThat(api.json("/api/shows/melo-movie").get("nextRelease").get("date").asText())
                .isEqualTo("2023-12-10");
    }

    @Test
    void shouldAnswerNullForAShowWithNoReleaseAhead() {
        final JsonNode moving = api.json("/api/shows/moving");

        assertThat(moving.has("nextRelease")).isTrue();
        assertThat(moving.get("nextRelease").isNull()).isTrue();
    }

    @Test
    void shouldAnswerAnUnknownShowWithAJson404() {
        final HttpResponse<String> response = api.get("/api/shows/no-such-show");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        final JsonNode error = ApiTestBed.parse(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(404);
        assertThat(error.get("message").asText()).isEqualTo("No show with id no-such-show");
    }

    @Test
    void shouldAnswerTheTimelineOfAnUnknownShowWithA404() {
        final HttpResponse<String> response = api.get("/api/shows/no-such-show/timeline");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText())
                .isEqualTo("No show with id no-such-show");
    }
}
