package io.newsreel.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    @AutoClose
    private final ApiTestBed api = new ApiTestBed();

    @Test
    void shouldAnswerAnUnknownPathWithAJson404() {
        final HttpResponse<String> response = api.get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText())
                .isEqualTo("No such resource: /api/nothing-here");
    }

    @Test
    void shouldListNoShowsBeforeAnyArticle() {
        assertThat(api.json("/api/shows").get("shows")).isEmpty();
    }

    @Test
    void shouldServeTheDashboardWithItsOwnAssets() {
        final HttpResponse<String> page = api.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>newsreel</title>").contains("/app.js");
        assertThat(api.get("/app.js").statusCode()).isEqualTo(200);
        assertThat(api.get("/style.css").statusCode()).isEqualTo(200);
    }
}
