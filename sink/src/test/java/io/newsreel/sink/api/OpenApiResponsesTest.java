package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.KEUM;
import static io.newsreel.sink.api.ApiFixtures.NOH;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static io.newsreel.sink.api.ApiFixtures.episodes;
import static io.newsreel.sink.api.ApiFixtures.release;
import static io.newsreel.sink.api.ApiFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.ReleaseType;
import io.newsreel.testkit.schema.OpenApiDocument;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every route's answers, successes and errors, match what the OpenAPI document says of that route and status: its
 * JSON schema, or its media type for calendars, feeds, metrics and streams.
 */
class OpenApiResponsesTest {

    private final OpenApiDocument document = new OpenApiDocument();
    @AutoClose
    private final ApiTestBed api = new ApiTestBed()
            .publish(article("a1", "Soundtrack #2 premieres on Disney+", Instant.parse("2023-11-20T01:00:00Z"),
                    List.of(SOUNDTRACK), List.of(KEUM, NOH)))
            .publish(article("a2", "Keum Sae-rok on her new role", Instant.parse("2023-12-01T01:00:00Z"),
                    List.of(SOUNDTRACK, show("moonlit-ledger", "Moonlit Ledger")), List.of(KEUM)))
            .putEntry(release("soundtrack-2", "release:premiere", ReleaseType.PREMIERE, LocalDate.of(2023, 12, 6)))
            .putEntry(episodes("soundtrack-2", "episode:2023-12-13", LocalDate.of(2023, 12, 13), 3, 4));

    @Test
    void shouldAnswerTheShowRoutesAsDocumented() {
        answers("/api/shows", "/api/shows", 200);
        answers("/api/shows/{id}", "/api/shows/soundtrack-2", 200);
        answers("/api/shows/{id}", "/api/shows/no-such-show", 404);
    }

    @Test
    void shouldAnswerTheTimelineWithEveryKindOfEntryAndEveryBadParameterAsDocumented() {
        final HttpResponse<String> whole = answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline",
                200);
        assertThat(ApiTestBed.each(ApiTestBed.parse(whole.body()).get("entries"), "kind"))
                .contains("ARTICLE", "RELEASE", "EPISODE");
        assertThat(ApiTestBed.parse(whole.body()).get("next").isNull()).isTrue();
        final HttpResponse<String> first = answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline"
                + "?limit=1", 200);
        assertThat(ApiTestBed.parse(first.body()).get("next").isTextual()).isTrue();
        answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline?kind=release,episode&from=2023-12-01"
                + "&to=2023-12-31T00:00:00Z", 200);
        answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline?person=keum-sae-rok", 200);
        answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline?limit=0", 400);
        answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline?from=yesterday", 400);
        answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline?kind=GOSSIP", 400);
        answers("/api/shows/{id}/timeline", "/api/shows/soundtrack-2/timeline?from=2023-12-31&to=2023-12-01", 400);
        answers("/api/shows/{id}/timeline", "/api/shows/no-such-show/timeline", 404);
    }

    @Test
    void shouldAnswerTheCalendarAndTheFeedWithTheirDocumentedMediaTypes() {
        answers("/api/shows/{id}/calendar.ics", "/api/shows/soundtrack-2/calendar.ics", 200);
        answers("/api/shows/{id}/calendar.ics", "/api/shows/no-such-show/calendar.ics", 404);
        answers("/api/shows/{id}/feed.atom", "/api/shows/soundtrack-2/feed.atom", 200);
        answers("/api/shows/{id}/feed.atom", "/api/shows/no-such-show/feed.atom", 404);
    }

    @Test
    void shouldAnswerThePersonRoutesAsDocumented() {
        answers("/api/persons", "/api/persons", 200);
        answers("/api/persons", "/api/persons?limit=many", 400);
        answers("/api/persons/{id}", "/api/persons/keum-sae-rok", 200);
        answers("/api/persons/{id}", "/api/persons/keum-sae-rok?limit=1001", 400);
        answers("/api/persons/{id}", "/api/persons/nobody", 404);
    }

    @Test
    void shouldAnswerArticlesAndSearchAsDocumented() {
        answers("/api/articles/{id}", "/api/articles/a1", 200);
        answers("/api/articles/{id}", "/api/articles/no-such-article", 404);
        final HttpResponse<String> found = answers("/api/search", "/api/search?q=keum%20saerok", 200);
        assertThat(ApiTestBed.parse(found.body()).get("persons")).isNotEmpty();
        answers("/api/search", "/api/search", 400);
        answers("/api/search", "/api/search?q=" + "x".repeat(201), 400);
        answers("/api/search", "/api/search?q=%20-%20", 400);
    }

    @Test
    void shouldRefuseAStreamRequestThatDoesNotAcceptEventsAsDocumented() {
        answers("/api/stream", "/api/stream", 406);
    }

    @Test
    void shouldAnswerTheOperationsEndpointsAsDocumented() {
        answers("/metrics", "/metrics", 200);
        answers("/health/live", "/health/live", 200);
        answers("/health/ready", "/health/ready", 200);
    }

    /** GETs {@code request}, expects {@code status}, and checks the answer against what the document says. */
    private HttpResponse<String> answers(final String pathTemplate, final String request, final int status) {
        final HttpResponse<String> response = api.get(request);
        assertThat(response.statusCode()).as("status of %s: %s", request, response.body()).isEqualTo(status);
        assertThat(document.answerViolations(pathTemplate, status,
                response.headers().firstValue("Content-Type").orElse(""), response.body()))
                .as("%s answered %s", request, response.body()).isEmpty();
        return response;
    }
}
