package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.KEUM;
import static io.newsreel.sink.api.ApiFixtures.MELO;
import static io.newsreel.sink.api.ApiFixtures.MOVING;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static io.newsreel.sink.api.ApiFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchApiTest {

    @AutoClose
    private final ApiTestBed api = new ApiTestBed()
            .publish(article("stills", "Keum Sae-rok in the first stills", Instant.parse("2023-11-13T00:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM)))
            .publish(article("melo", "Mélo Movie casts its leads", Instant.parse("2023-11-20T00:00:00Z"),
                    List.of(MELO), List.of(person("choi-woo-shik", "Choi Woo-shik"))))
            .publish(article("moving", "Moving renewed", Instant.parse("2023-12-01T00:00:00Z"),
                    List.of(MOVING), List.of()));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Keum Sae-rok", "keum saerok", "KEUM SAE ROK", "keumsaerok", "  keum-sae-rok ",
        "sae-rok"})
    void shouldFindAPersonSpelledAnyWay(final String query) {
        final JsonNode body = search(query);

        assertThat(body.get("query").asText()).isEqualTo(query.strip());
        assertThat(ApiTestBed.each(body.get("persons"), "id")).containsExactly("keum-sae-rok");
        assertThat(body.get("articles").findValuesAsText("id")).containsExactly("stills");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mélo Movie", "melo movie", "MELOMOVIE", "mélo-movie"})
    void shouldFindAShowWithOrWithoutItsAccents(final String query) {
        final JsonNode body = search(query);

        assertThat(body.get("shows").findValuesAsText("id")).containsExactly("melo-movie");
        assertThat(body.get("shows").get(0).has("nextRelease")).isTrue();
        assertThat(body.get("articles").get(0).get("shows").get(0).asText()).isEqualTo("melo-movie");
    }

    @Test
    void shouldFindAShowByItsNameWithoutPunctuation() {
        assertThat(search("soundtrack 2").get("shows").findValuesAsText("id")).containsExactly("soundtrack-2");
    }

    @Test
    void shouldListArticlesNewestFirstUpToTheLimit() {
        api.publish(article("moving-2", "Moving season 2 date", Instant.parse("2023-12-05T00:00:00Z"),
                List.of(MOVING), List.of()));

        assertThat(api.json("/api/search?q=moving&limit=1").get("articles").findValuesAsText("id"))
                .containsExactly("moving-2");
    }

    @Test
    void shouldFindNothingWithoutFailing() {
        final JsonNode body = search("Squid Game");

        assertThat(body.get("shows")).isEmpty();
        assertThat(body.get("persons")).isEmpty();
        assertThat(body.get("articles")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=---",
        "/api/search?q=moving&limit=0"})
    void shouldRefuseAMissingOrUselessQuery(final String path) {
        final HttpResponse<String> response = api.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText()).matches("Parameter (q|limit) .*");
    }

    @Test
    void shouldRefuseAQueryOver200Characters() {
        final HttpResponse<String> response = api.get("/api/search?q=" + "a".repeat(201));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText())
                .isEqualTo("Parameter q must be at most 200 characters");
        assertThat(api.get("/api/search?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
    }

    private JsonNode search(final String query) {
        return api.json("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
