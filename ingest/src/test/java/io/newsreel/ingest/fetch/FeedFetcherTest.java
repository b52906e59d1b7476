package io.newsreel.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final FeedFetcher fetcher = new FeedFetcher(new FetchSettings(Duration.ofSeconds(2),
            Duration.ofSeconds(2), 1024, "newsreel-test"));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/conditional", this::conditional);
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, gzip(FEED));
        });
        server.createContext("/huge", exchange -> respond(exchange, 200, new byte[4096]));
        server.createContext("/broken", exchange -> respond(exchange, 503, new byte[0]));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldAnswerNotModifiedWhenValidatorsMatch() throws FetchException {
        final FetchResult first = fetcher.fetch(uri("/conditional"), Validators.NONE);
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        final Validators validators = ((FetchResult.Fetched) first).validators();

        assertThat(validators.etag()).isEqualTo("\"v1\"");
        assertThat(fetcher.fetch(uri("/conditional"), validators)).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void shouldDecompressGzip() throws FetchException {
        final FetchResult result = fetcher.fetch(uri("/gzip"), Validators.NONE);

        assertThat(((FetchResult.Fetched) result).body()).isEqualTo(FEED);
    }

    @Test
    void shouldRefuseBodiesOverTheCap() {
        assertThatThrownBy(() -> fetcher.fetch(uri("/huge"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.failure()).isEqualTo(FetchFailure.TOO_LARGE));
    }

    @Test
    void shouldReportHttpErrorsWithTheirStatus() {
        assertThatThrownBy(() -> fetcher.fetch(uri("/broken"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
                    assertThat(e.httpStatus()).isEqualTo(503);
                });
    }

    private void conditional(final HttpExchange exchange) throws IOException {
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        respond(exchange, 200, FEED);
    }

    private static void respond(final HttpExchange exchange, final int status, final byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(final byte[] bytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
