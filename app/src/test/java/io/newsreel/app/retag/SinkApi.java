package io.newsreel.app.retag;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads the sink's HTTP API as the dashboard does; a missing show or person reads as empty. */
public final class SinkApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public SinkApi(final int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The article entries of a show's timeline, oldest first: each entry's {@code article} object. */
    public List<JsonNode> timelineArticles(final String showId) throws IOException, InterruptedException {
        final List<JsonNode> articles = new ArrayList<>();
        get("/api/shows/" + showId + "/timeline").path("entries").forEach(entry -> {
            if ("ARTICLE".equals(entry.path("kind").asText())) {
                articles.add(entry.get("article"));
            }
        });
        return articles;
    }

    /** The ids of the articles on a person's page. */
    public List<String> personArticleIds(final String personId) throws IOException, InterruptedException {
        final List<String> ids = new ArrayList<>();
        get("/api/persons/" + personId).path("articles").forEach(article -> ids.add(article.path("id").asText()));
        return ids;
    }

    private JsonNode get(final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Json.MAPPER.readTree(response.body()) : Json.MAPPER.createObjectNode();
    }
}
