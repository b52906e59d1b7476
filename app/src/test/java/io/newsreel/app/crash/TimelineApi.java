package io.newsreel.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads whole show timelines from the sink's HTTP API, a page of {@value #PAGE} entries at a time. */
final class TimelineApi {

    private static final int PAGE = 1000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    TimelineApi(final int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Every entry of the shows' timelines, following the {@code next} cursor to the last page. */
    List<TimelineEntry> entries(final List<String> showIds) throws IOException, InterruptedException {
        final List<TimelineEntry> entries = new ArrayList<>();
        for (final String showId : showIds) {
            String after = null;
            do {
                final JsonNode page = get("/api/shows/" + showId + "/timeline?limit=" + PAGE
                        + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
                for (final JsonNode entry : page.get("entries")) {
                    entries.add(Json.MAPPER.treeToValue(entry, TimelineEntry.class));
                }
                after = page.get("next").isNull() ? null : page.get("next").asText();
            } while (after != null);
        }
        return entries;
    }

    private JsonNode get(final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }
}
