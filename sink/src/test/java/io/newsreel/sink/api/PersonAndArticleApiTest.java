package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.KEUM;
import static io.newsreel.sink.api.ApiFixtures.NOH;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static io.newsreel.sink.api.ApiFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.PersonTag;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonAndArticleApiTest {

    private static final PersonTag RYU = person("ryu-seung-ryong", "Ryu Seung-ryong");

    @AutoClose
    private final ApiTestBed api = new ApiTestBed()
            .publish(article("stills", "First stills", Instant.parse("2023-11-13T00:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM, NOH)))
            .publish(article("press", "Press day", Instant.parse("2023-11-30T05:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM)))
            .publish(article("review", "First review", Instant.parse("2023-12-06T12:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM, NOH, RYU)));

    @Test
    void shouldListPersonsMostArticlesFirst() {
        final JsonNode persons = api.json("/api/persons").get("persons");

        assertThat(ApiTestBed.each(persons, "id")).containsExactly("keum-sae-rok", "noh-sang-hyun",
                "ryu-seung-ryong");
        assertThat(persons.get(0).get("articleCount").asInt()).isEqualTo(3);
    }

    @Test
    void shouldListOnlyAsManyPersonsAsTheLimit() {
        assertThat(ApiTestBed.each(api.json("/api/persons?limit=2").get("persons"), "id"))
                .containsExactly("keum-sae-rok", "noh-sang-hyun");
    }

    @Test
    void shouldServeAPersonWithTheirArticlesNewestFirst() {
        final JsonNode body = api.json("/api/persons/keum-sae-rok");

        assertThat(body.get("person").get("name").asText()).isEqualTo("Keum Sae-rok");
        assertThat(body.get("articles").findValuesAsText("title")).containsExactly("First review", "Press day",
                "First stills");
        assertThat(api.json("/api/persons/keum-sae-rok?limit=1").get("articles").findValuesAsText("title"))
                .containsExactly("First review");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/persons?limit=0", "/api/persons/keum-sae-rok?limit=x"})
    void shouldRefuseABadLimit(final String path) {
        final HttpResponse<String> response = api.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText()).startsWith("Parameter limit ");
    }

    @Test
    void shouldAnswerAnUnknownPersonWithA404() {
        final HttpResponse<String> response = api.get("/api/persons/nobody");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText()).isEqualTo("No person with id nobody");
    }

    @Test
    void shouldServeAnArticleWithItsTags() {
        final JsonNode article = api.json("/api/articles/review");

        assertThat(article.get("title").asText()).isEqualTo("First review");
        assertThat(article.get("shows").findValuesAsText("id")).containsExactly("soundtrack-2");
        assertThat(article.get("persons").findValuesAsText("id")).containsExactly("keum-sae-rok", "noh-sang-hyun",
                "ryu-seung-ryong");
    }

    @Test
    void shouldAnswerAnUnknownArticleWithA404() {
        final HttpResponse<String> response = api.get("/api/articles/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText())
                .isEqualTo("No article with id nothing");
    }
}
