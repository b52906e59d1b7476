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
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);
    private static final String LAST_MODIFIED = "Wed, 06 Dec 2023 09:00:00 GMT";
    private static final FetchSettings SETTINGS = FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)
            .withMaxBodyBytes(64 * 1024).withTotalTimeout(Duration.ofSeconds(2));

    private final CountDownLatch releaseSlowResponses = new CountDownLatch(1);
    private HttpServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/conditional", this::conditional);
        server.createContext("/dated", exchange -> {
            if (LAST_MODIFIED.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                respond(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            respond(exchange, 200, FEED);
        });
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, gzip(FEED));
        });
        server.createContext("/deflate", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            respond(exchange, 200, deflate(FEED));
        });
        server.createContext("/gzip-bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, gzip(new byte[10 * 1024 * 1024]));
        });
        server.createContext("/huge", exchange -> respond(exchange, 200, new byte[128 * 1024]));
        server.createContext("/broken", exchange -> respond(exchange, 500, new byte[0]));
        server.createContext("/busy", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            respond(exchange, 429, new byte[0]);
        });
        server.createContext("/moved", exchange -> redirect(exchange, 301, "/moved-again"));
        server.createContext("/moved-again", exchange -> redirect(exchange, 308, "/conditional"));
        server.createContext("/found", exchange -> redirect(exchange, 302, "/conditional"));
        server.createContext("/loop-a", exchange -> redirect(exchange, 302, "/loop-b"));
        server.createContext("/loop-b", exchange -> redirect(exchange, 302, "/loop-a"));
        server.createContext("/chain", exchange -> {
            final int step = Integer.parseInt(exchange.getRequestURI().getQuery());
            redirect(exchange, 302, "/chain?" + (step + 1));
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                releaseSlowResponses.await(10, TimeUnit.SECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        fetcher = new FeedFetcher(SETTINGS, Clock.systemUTC());
    }

    @AfterEach
    void stopServer() {
        releaseSlowResponses.countDown();
        fetcher.close();
        server.stop(0);
    }

    @Test
    void shouldAnswerNotModifiedWhenValidatorsMatch() throws FetchException {
        final FetchResult.Fetched first = (FetchResult.Fetched) fetcher.fetch(uri("/conditional"), Validators.NONE);

        assertThat(first.validators().etag()).isEqualTo("\"v1\"");
        assertThat(first.body()).isEqualTo(FEED);
        assertThat(fetcher.fetch(uri("/conditional"), first.validators()))
                .isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void shouldAnswerNotModifiedWhenLastModifiedMatches() throws FetchException {
        final FetchResult.Fetched first = (FetchResult.Fetched) fetcher.fetch(uri("/dated"), Validators.NONE);

        assertThat(first.validators().lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(fetcher.fetch(uri("/dated"), first.validators())).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void shouldDecodeGzipAndDeflate() throws FetchException {
        assertThat(((FetchResult.Fetched) fetcher.fetch(uri("/gzip"), Validators.NONE)).body()).isEqualTo(FEED);
        assertThat(((FetchResult.Fetched) fetcher.fetch(uri("/deflate"), Validators.NONE)).body()).isEqualTo(FEED);
    }

    @Test
    void shouldStopACompressionBombAtTheCapOfDecodedBytes() {
        assertFailure("/gzip-bomb", FetchFailure.TOO_LARGE);
    }

    @Test
    void shouldRefuseBodiesOverTheCap() {
        assertFailure("/huge", FetchFailure.TOO_LARGE);
    }

    @Test
    void shouldReportHttpErrorsWithTheirStatus() {
        assertThatThrownBy(() -> fetcher.fetch(uri("/broken"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
                    assertThat(e.httpStatus()).isEqualTo(500);
                });
    }

    @Test
    void shouldHonourRetryAfter() {
        assertThatThrownBy(() -> fetcher.fetch(uri("/busy"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                });
    }

    @Test
    void shouldFollowPermanentRedirectsAndSayTheFeedMoved() throws FetchException {
        final FetchResult.Fetched result = (FetchResult.Fetched) fetcher.fetch(uri("/moved"), Validators.NONE);

        assertThat(result.uri()).isEqualTo(uri("/conditional"));
        assertThat(result.movedPermanently()).isTrue();
    }

    @Test
    void shouldNotCallATemporaryRedirectAMove() throws FetchException {
        final FetchResult.Fetched result = (FetchResult.Fetched) fetcher.fetch(uri("/found"), Validators.NONE);

        assertThat(result.body()).isEqualTo(FEED);
        assertThat(result.movedPermanently()).isFalse();
    }

    @Test
    void shouldDetectRedirectLoops() {
        assertFailure("/loop-a", FetchFailure.REDIRECT_LOOP);
    }

    @Test
    void shouldGiveUpAfterFiveRedirects() {
        assertFailure("/chain?0", FetchFailure.TOO_MANY_REDIRECTS);
    }

    @Test
    void shouldStopAServerThatTricklesWithinTheTotalDeadline() {
        assertFailure("/trickle", FetchFailure.TIMEOUT);
    }

    @Test
    void shouldRefuseOtherSchemes() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.failure()).isEqualTo(FetchFailure.UNSUPPORTED_SCHEME));
    }

    @Test
    void shouldRefuseLoopbackUnlessAllowed() {
        try (FeedFetcher guarded = new FeedFetcher(FetchSettings.DEFAULTS, Clock.systemUTC())) {
            assertThatThrownBy(() -> guarded.fetch(uri("/conditional"), Validators.NONE))
                    .isInstanceOfSatisfying(FetchException.class,
                            e -> assertThat(e.failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS));
        }
    }

    @Test
    void shouldReportAnUnknownHost() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://no-such-host.invalid/feed"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.failure()).isEqualTo(FetchFailure.DNS));
    }

    private void assertFailure(final String path, final FetchFailure expected) {
        assertThatThrownBy(() -> fetcher.fetch(uri(path), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.failure()).isEqualTo(expected));
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

    private static void redirect(final HttpExchange exchange, final int status, final String location)
            throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        respond(exchange, status, new byte[0]);
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

    private static byte[] deflate(final byte[] bytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(bytes);
        }
        return out.toByteArray();
    }

    private URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
