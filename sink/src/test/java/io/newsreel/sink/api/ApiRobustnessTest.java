package io.newsreel.sink.api;

import static io.newsreel.sink.api.ApiFixtures.KEUM;
import static io.newsreel.sink.api.ApiFixtures.SOUNDTRACK;
import static io.newsreel.sink.api.ApiFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and malformed requests against the API: whatever a client sends, the answer is never a server error and
 * never shows a stack trace, and clients that stall do not hold up the others.
 */
class ApiRobustnessTest {

    private static final List<String> PATHS = List.of("/api/shows", "/api/shows/soundtrack-2",
            "/api/shows/soundtrack-2/timeline", "/api/shows/soundtrack-2/calendar.ics",
            "/api/shows/soundtrack-2/feed.atom", "/api/persons", "/api/persons/keum-sae-rok", "/api/articles/a1",
            "/api/search", "/api/stream", "/", "/index.html", "/api", "/api/shows/", "/api/nothing");
    private static final List<String> PARAMETERS = List.of("from", "to", "kind", "person", "limit", "after", "q",
            "show", "x");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "HEAD");
    private static final List<String> ODD_VALUES = List.of("", "-1", "0", "1001", "99999999999999999999", "abc",
            "2023-13-45", "2023-12-06T25:00:00Z", "%00", "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE",
            "ARTICLE,RELEASE,", "release", "null", "%7B%22a%22%3A1%7D", "AAAA", "eyJrIjoidiJ9", "%20%20",
            "x".repeat(3000), "%F0%9F%8E%AC", "\u00e9".repeat(10));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AutoClose
    private final ApiTestBed bed = new ApiTestBed().publish(article("a1", "Soundtrack #2 premieres",
            Instant.parse("2023-12-06T00:00:00Z"), List.of(SOUNDTRACK), List.of(KEUM)));

    @Test
    void shouldNeverAnswerARandomRequestWithAServerErrorOrAStackTrace() throws Exception {
        final Random random = new Random(20231206);
        final List<String> failures = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            final String path = randomPath(random);
            final String method = METHODS.get(random.nextInt(METHODS.size()));
            final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bed.port()
                            + path)).timeout(Duration.ofSeconds(10))
                    .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("TRACE")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{\"not\": \"expected\"" + i));
            if (random.nextBoolean()) {
                request.header("Accept", random.nextBoolean() ? "text/event-stream" : "application/xml");
            }
            if (random.nextInt(4) == 0) {
                request.header("X-Newsreel-Forwarded", "1");
            }
            if (path.startsWith("/api/stream") && method.equals("GET")) {
                continue;
            }
            final HttpResponse<String> response = send(request.build());
            if (response.statusCode() >= 500 || looksLikeAStackTrace(response.body())) {
                failures.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET /api/shows HTTP/1.1\r\n\r\n",
        "GET /api/shows HTTP/1.1\r\nHost: x\r\nNo-Colon-Here\r\n\r\n",
        "GET /api/shows HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "GET /api/shows HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n",
        "POST /api/shows HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n\r\n",
        "GET /api/shows/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/shows/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://evil.example/api/shows HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/shows HTTP/1.1\r\nHost: x\r\nX-Long: LONG\r\n\r\n",
        "GET /api/LONG HTTP/1.1\r\nHost: x\r\n\r\n"})
    void shouldAnswerAMalformedRequestWithAClientError(final String template) throws IOException {
        final String request = template.replace("LONG", "y".repeat(100_000));
        try (Socket socket = new Socket("127.0.0.1", bed.port())) {
            socket.setSoTimeout(10_000);
            final OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            final String response = readSome(socket.getInputStream());
            assertThat(response).as(response).startsWith("HTTP/1.1 4");
            assertThat(looksLikeAStackTrace(response)).as(response).isFalse();
        }
    }

    @Test
    void shouldRefuseAnHttp09RequestAsAnUnsupportedVersion() throws IOException {
        // The one server error a client can provoke, and the one HTTP prescribes: a request line without a version.
        try (Socket socket = new Socket("127.0.0.1", bed.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/shows\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            final String response = readSome(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 505");
            assertThat(looksLikeAStackTrace(response)).isFalse();
        }
    }

    @Test
    void shouldKeepAnsweringWhileClientsStallMidRequest() throws Exception {
        final List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                final Socket socket = new Socket("127.0.0.1", bed.port());
                socket.getOutputStream().write("GET /api/shows HTTP/1.1\r\nHost: x\r\nX-Slow: "
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            final HttpResponse<String> response = client.send(HttpRequest.newBuilder(bed.uri("/api/shows"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("soundtrack-2");
        } finally {
            for (final Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /**
     * Sends once more, on a new connection, when the server closed a pooled connection the client reused: after an
     * error answer to a request whose body it did not read, the server closes the connection, and that race is the
     * client's, not an answer.
     */
    private HttpResponse<String> send(final HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (final IOException closedUnderUs) {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String randomPath(final Random random) {
        final StringBuilder path = new StringBuilder(PATHS.get(random.nextInt(PATHS.size())));
        if (random.nextInt(3) == 0) {
            path.append('/').append(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
        }
        final int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            path.append(i == 0 ? '?' : '&').append(PARAMETERS.get(random.nextInt(PARAMETERS.size()))).append('=')
                    .append(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
        }
        return path.toString();
    }

    private static boolean looksLikeAStackTrace(final String body) {
        return body.contains("\tat ") || body.contains("Exception") || body.contains("at io.newsreel")
                || body.contains("at org.eclipse");
    }

    private static String readSome(final InputStream in) throws IOException {
        final byte[] buffer = new byte[4096];
        final int read = in.read(buffer);
        return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
    }
}
