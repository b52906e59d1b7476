package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.KEUM;
import static io.newsreel.sink.api.ApiFixtures.MOVING;
import static io.newsreel.sink.api.ApiFixtures.NOH;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static io.newsreel.sink.api.ApiFixtures.episodes;
import static io.newsreel.sink.api.ApiFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.ReleaseType;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineApiTest {

    @AutoClose
    private final ApiTestBed api = new ApiTestBed()
            .publish(article("stills", "First stills", Instant.parse("2023-11-13T00:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM, NOH)))
            .publish(article("press", "Press day", Instant.parse("2023-11-30T05:00:00Z"),
                    List.of(SOUNDTRACK), List.of(NOH)))
            .publish(article("review", "First review", Instant.parse("2023-12-06T12:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM)))
            .publish(article("elsewhere", "Another show", Instant.parse("2023-12-01T00:00:00Z"),
                    List.of(MOVING), List.of(KEUM)))
            .putEntry(release("soundtrack-2", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06")))
            .putEntry(episodes("soundtrack-2", "episodes-3-4", LocalDate.parse("2023-12-13"), 3, 4));

    @Test
    void shouldServeTheWholeTimelineOldestFirst() {
        final JsonNode body = api.json("/api/shows/soundtrack-2/timeline");

        assertThat(body.get("show").get("id").asText()).isEqualTo("soundtrack-2");
        assertThat(entryIds(body)).containsExactly("article:stills", "article:press", "premiere", "article:review",
                "episodes-3-4");
        assertThat(body.has("next")).isTrue();
        assertThat(body.get("next").isNull()).isTrue();
    }

    @Test
    void shouldPageThroughATimelineWithCursorsSeeingEveryEntryOnce() {
        for (int day = 1; day <= 20; day++) {
            api.publish(article("daily-" + day, "Day " + day, Instant.parse("2023-10-01T00:00:00Z")
                    .plusSeconds(86_400L * day), List.of(SOUNDTRACK), List.of()));
        }
        final List<String> whole = entryIds(api.json("/api/shows/soundtrack-2/timeline"));

        final List<String> paged = new ArrayList<>();
        final List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            final JsonNode page = api.json("/api/shows/soundtrack-2/timeline?limit=4"
                    + (next == null ? "" : "&after=" + next));
            pageSizes.add(page.get("entries").size());
            paged.addAll(entryIds(page));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);

        assertThat(whole).hasSize(25);
        assertThat(paged).isEqualTo(whole);
        assertThat(pageSizes).containsExactly(4, 4, 4, 4, 4, 4, 1);
    }

    @Test
    void shouldEndWithoutACursorWhenTheLastPageIsExactlyFull() {
        final JsonNode page = api.json("/api/shows/soundtrack-2/timeline?limit=5");

        assertThat(page.get("entries")).hasSize(5);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void shouldLimitATimelineToDaysFromAndToInclusive() {
        final JsonNode body = api.json("/api/shows/soundtrack-2/timeline?from=2023-11-30&to=2023-12-06");

        assertThat(entryIds(body)).containsExactly("article:press", "premiere", "article:review");
    }

    @Test
    void shouldLimitATimelineToInstants() {
        final JsonNode body = api.json("/api/shows/soundtrack-2/timeline?from="
                + encode("2023-11-30T05:00:00Z") + "&to=" + encode("2023-12-06T21:00:00+09:00"));

        assertThat(entryIds(body)).containsExactly("article:press", "premiere", "article:review");
    }

    @Test
    void shouldFilterATimelineByKindInAnyCase() {
        assertThat(entryIds(api.json("/api/shows/soundtrack-2/timeline?kind=release,Episode")))
                .containsExactly("premiere", "episodes-3-4");
        assertThat(entryIds(api.json("/api/shows/soundtrack-2/timeline?kind=ARTICLE")))
                .containsExactly("article:stills", "article:press", "article:review");
    }

    @Test
    void shouldFilterATimelineToTheArticlesNamingAPerson() {
        assertThat(entryIds(api.json("/api/shows/soundtrack-2/timeline?person=keum-sae-rok")))
                .containsExactly("article:stills", "article:review");
    }

    @Test
    void shouldPageAFilteredTimeline() {
        final JsonNode first = api.json("/api/shows/soundtrack-2/timeline?person=noh-sang-hyun&limit=1");
        final JsonNode second = api.json("/api/shows/soundtrack-2/timeline?person=noh-sang-hyun&limit=1&after="
                + first.get("next").asText());

        assertThat(entryIds(first)).containsExactly("article:stills");
        assertThat(entryIds(second)).containsExactly("article:press");
        assertThat(second.get("next").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "limit=0           | limit",
        "limit=1001        | limit",
        "limit=many        | limit",
        "from=yesterday    | from",
        "to=2023-13-01     | to",
        "from=2023-12-06T25:00:00Z | from",
        "from=2023-12-07&to=2023-12-06 | from",
        "kind=article,rumour | kind",
        "after=!!!         | after",
        "after=bm90LWEta2V5 | after",
    })
    void shouldRefuseABadParameterNamingIt(final String query, final String parameter) {
        final HttpResponse<String> response = api.get("/api/shows/soundtrack-2/timeline?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        final JsonNode error = ApiTestBed.parse(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("message").asText()).startsWith("Parameter " + parameter + " ");
    }

    @Test
    void shouldRefuseTheCursorOfAnotherShow() {
        for (int i = 0; i < 2; i++) {
            api.publish(article("moving-" + i, "Moving " + i, Instant.parse("2023-12-02T00:00:00Z").plusSeconds(i),
                    List.of(MOVING), List.of()));
        }
        final String movingCursor = api.json("/api/shows/moving/timeline?limit=1").get("next").asText();

        final HttpResponse<String> response = api.get("/api/shows/soundtrack-2/timeline?after=" + movingCursor);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText()).startsWith("Parameter after ");
    }

    private static List<String> entryIds(final JsonNode body) {
        return body.get("entries").findValuesAsText("entryId");
    }

    private static String encode(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
