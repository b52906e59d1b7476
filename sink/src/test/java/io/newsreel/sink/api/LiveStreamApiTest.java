package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import ch.qos.logback.classic.Level;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.sink.fixtures.LogCapture;
import io.newsreel.sink.live.TimelineChange;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LiveStreamApiTest {

    private final HttpClient client = HttpClient.newHttpClient();
    @AutoClose
    private final ApiTestBed api = new ApiTestBed();

    @Test
    void shouldSendAChangedEntryAsAnEntryEvent() throws Exception {
        try (EventStream stream = connect("/api/stream")) {
            api.changes().accept(TimelineChange.of("soundtrack-2/premiere",
                    release("soundtrack-2", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06"))));

            final Event event = stream.next();
            assertThat(event.name()).isEqualTo("entry");
            assertThat(event.data().get("entryId").asText()).isEqualTo("premiere");
            assertThat(event.data().get("release").get("date").asText()).isEqualTo("2023-12-06");
        }
    }

    @Test
    void shouldSendARemovedEntryAsARemovedEvent() throws Exception {
        try (EventStream stream = connect("/api/stream")) {
            api.changes().accept(TimelineChange.of("soundtrack-2/article:a/b", null));

            final Event event = stream.next();
            assertThat(event.name()).isEqualTo("removed");
            assertThat(event.data().get("showId").asText()).isEqualTo("soundtrack-2");
            assertThat(event.data().get("entryId").asText()).isEqualTo("article:a/b");
        }
    }

    @Test
    void shouldSendOnlyTheChangesOfTheShowAsked() throws Exception {
        try (EventStream stream = connect("/api/stream?show=moving")) {
            api.changes().accept(TimelineChange.of("soundtrack-2/premiere",
                    release("soundtrack-2", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06"))));
            api.changes().accept(TimelineChange.of("moving/finale",
                    release("moving", "finale", ReleaseType.FINALE, LocalDate.parse("2023-12-20"))));

            assertThat(stream.next().data().get("showId").asText()).isEqualTo("moving");
        }
    }

    @Test
    void shouldEndStreamsWhenTheServerCloses() throws Exception {
        try (EventStream stream = connect("/api/stream")) {
            api.changes().close();

            await().untilAsserted(() -> assertThat(stream.ended()).isTrue());
        }
    }

    @Test
    void shouldEndAStreamThatOutlivedItsServerWithoutAnError() throws Exception {
        try (LogCapture javalin = LogCapture.of("io.javalin", Level.WARN);
             LogCapture server = LogCapture.of(ApiServer.class.getName(), Level.DEBUG);
             EventStream stream = connect("/api/stream")) {
            // Given a stream still waiting for changes when its server stops
            api.stopServer();

            // When changes wake it up until a write to the closed connection fails and the stream ends
            await().until(() -> {
                api.changes().accept(TimelineChange.of("soundtrack-2/premiere",
                        release("soundtrack-2", "premiere", ReleaseType.PREMIERE, LocalDate.parse("2023-12-06"))));
                return api.changes().subscriptions() == 0;
            });

            // Then it ends quietly, although Jetty may have recycled its request and response by then: were an
            // error handler to throw, Javalin would warn again and again at once
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> javalin.lines().isEmpty());
            assertThat(javalin.lines()).as("Javalin's warnings").isEmpty();
            assertThat(server.lines()).allSatisfy(line -> assertThat(line).startsWith("DEBUG").contains("recycled"));
        }
    }

    @Test
    void shouldRefuseAClientThatDoesNotAcceptAnEventStream() {
        final HttpResponse<String> response = api.get("/api/stream");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(ApiTestBed.parse(response.body()).get("message").asText()).contains("text/event-stream");
    }

    /** Connects and waits for the comment that says the subscription is in place. */
    private EventStream connect(final String path) throws IOException, InterruptedException {
        final HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(api.uri(path))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        final EventStream stream = new EventStream(response.body());
        assertThat(stream.lines.next()).isEqualTo(": subscribed");
        return stream;
    }

    private record Event(String name, JsonNode data) {
    }

    /** Reads Server-Sent Events line by line, skipping comments. */
    private static final class EventStream implements AutoCloseable {

        private final Stream<String> body;
        private final Iterator<String> lines;

        EventStream(final Stream<String> body) {
            this.body = body;
            this.lines = body.iterator();
        }

        Event next() {
            String name = null;
            String data = null;
            while (lines.hasNext()) {
                final String line = lines.next();
                if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data = line.substring("data: ".length());
                } else if (line.isEmpty() && name != null) {
                    return new Event(name, ApiTestBed.parse(data));
                }
            }
            throw new AssertionError("The stream ended before an event came");
        }

        boolean ended() {
            while (lines.hasNext()) {
                lines.next();
            }
            return true;
        }

        @Override
        public void close() {
            body.close();
        }
    }
}
