package io.newsreel.ingest;

import static io.newsreel.ingest.hostile.Expectation.fetchFails;
import static io.newsreel.ingest.hostile.Expectation.parseFails;
import static io.newsreel.ingest.hostile.Expectation.reads;
import static io.newsreel.ingest.hostile.HostileCase.remote;
import static io.newsreel.ingest.hostile.HostileCase.served;
import static io.newsreel.ingest.hostile.Responses.RSS;
import static io.newsreel.ingest.hostile.Responses.body;
import static io.newsreel.ingest.hostile.Responses.chunked;
import static io.newsreel.ingest.hostile.Responses.encoded;
import static io.newsreel.ingest.hostile.Responses.fixture;
import static io.newsreel.ingest.hostile.Responses.redirect;
import static io.newsreel.ingest.hostile.Responses.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.newsreel.contract.event.Article;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.fetch.Validators;
import io.newsreel.ingest.hostile.Bodies;
import io.newsreel.ingest.hostile.HostileCase;
import io.newsreel.ingest.hostile.HostileCase.Reader;
import io.newsreel.ingest.hostile.HostileServer;
import io.newsreel.ingest.hostile.Responses;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile feeds read through the real path (fetch, parse, normalize) from one local server: each ends in
 * exactly the error kind an error record would carry, or, for the survivable ones, in a reading with a known number
 * of articles. Nothing else may come out, no runtime exception in particular.
 */
class HostileFeedsTest {

    private static final long CAP = 1024 * 1024;
    private static final FetchSettings SETTINGS = FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)
            .withTotalTimeout(Duration.ofSeconds(2)).withMaxBodyBytes(CAP);
    private static final String XXE_PROBE = "/xxe-probe";

    private static HostileServer server;
    private static final Map<Reader, FeedFetcher> FETCHERS = new EnumMap<>(Reader.class);

    @BeforeAll
    static void startServerAndReaders() throws IOException {
        server = HostileServer.start();
        FETCHERS.put(Reader.CAPPED, new FeedFetcher(SETTINGS, Clock.systemUTC()));
        FETCHERS.put(Reader.LARGE_CAP, new FeedFetcher(SETTINGS.withMaxBodyBytes(8 * CAP), Clock.systemUTC()));
        FETCHERS.put(Reader.GUARDED, new FeedFetcher(SETTINGS.withAllowPrivateAddresses(false), Clock.systemUTC()));
    }

    @AfterAll
    static void stopServerAndReaders() {
        FETCHERS.values().forEach(FeedFetcher::close);
        if (server != null) {
            server.close();
        }
    }

    // A hostile server must not be able to hold a reader: a case that hangs fails (5 x the 2 s deadline) rather
    // than stall the build. A separate thread, because a spinning reader does not heed an interrupt.
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void shouldEndInItsExpectedKind(final HostileCase hostile) {
        // Given
        final String url = server.serve(hostile);
        final FeedReader reader = new FeedReader(FETCHERS.get(hostile.reader()), new FeedParser(),
                new ArticleNormalizer(), Clock.systemUTC());
        final AtomicReference<FeedReader.Reading> reading = new AtomicReference<>();

        // When
        final Throwable thrown = catchThrowable(() -> reading.set(reader.read(url, Validators.NONE, null)));

        // Then
        hostile.expected().verify(reading.get(), thrown);
        assertThat(server.requested()).as("no external entity was ever fetched from our server")
                .noneMatch(path -> path.startsWith(XXE_PROBE));
        if (hostile.reader() == Reader.GUARDED && hostile.handler() != null) {
            assertThat(server.requested()).as("the guard refused before any request left").doesNotContain(
                    hostile.target());
        }
    }

    static Stream<HostileCase> cases() {
        return Stream.of(unreadableDocuments(), httpFailures(), transportFailures(), refusedAddresses(),
                survivable()).flatMap(s -> s);
    }

    /** Bodies that arrive whole but are not a feed we may read. */
    private static Stream<HostileCase> unreadableDocuments() {
        return Stream.of(
                served("Malformed XML: unclosed tag", "/doc/unclosed-tag",
                        fixture("unclosed-tag.xml", RSS), parseFails("malformed-feed")),
                served("Malformed XML: mismatched end tag", "/doc/mismatched-tags",
                        fixture("mismatched-tags.xml", RSS), parseFails("malformed-feed")),
                served("Malformed XML: a PHP warning after the root element", "/doc/garbage-after-root",
                        fixture("garbage-after-root.xml", RSS), parseFails("malformed-feed")),
                served("Malformed XML: character reference &#1;", "/doc/invalid-char-reference",
                        fixture("invalid-char-reference.xml", RSS), parseFails("malformed-feed")),
                served("Malformed XML: raw control bytes 0x01 and 0x1B", "/doc/raw-control-chars",
                        fixture("raw-control-chars.xml", RSS), parseFails("malformed-feed")),
                served("Malformed XML: document cut in half, response complete", "/doc/cut-in-half",
                        body(RSS, () -> Bodies.firstHalf(Bodies.manyItems(20))), parseFails("malformed-feed")),
                served("Billion laughs entity expansion", "/doc/billion-laughs",
                        fixture("billion-laughs.xml", RSS), parseFails("forbidden-doctype")),
                served("External entity file:///etc/passwd", "/doc/xxe-file",
                        fixture("xxe-file.xml", RSS), parseFails("forbidden-doctype")),
                served("External entity over http back to this server (never fetched)", "/doc/xxe-http",
                        Responses.fixturePointingHere("xxe-http.xml"), parseFails("forbidden-doctype")),
                served("DOCTYPE with an external parameter entity (never fetched)", "/doc/parameter-entity",
                        Responses.fixturePointingHere("parameter-entity.xml"), parseFails("forbidden-doctype")),
                served("RSS 0.91 with the Netscape DOCTYPE (refused like any DOCTYPE)", "/doc/rss091-doctype",
                        fixture("rss091-netscape-doctype.xml", RSS), parseFails("forbidden-doctype")),
                served("HTML page instead of a feed", "/doc/html-page",
                        fixture("html-page.html", "text/html; charset=utf-8"), parseFails("not-a-feed")),
                served("HTML login wall after blank lines, labelled RSS", "/doc/login-wall",
                        fixture("login-wall.html", RSS), parseFails("not-a-feed")),
                served("JSON document", "/doc/json",
                        fixture("json-document.json", "application/json"), parseFails("malformed-feed")),
                served("Binary noise", "/doc/noise",
                        body("application/octet-stream", () -> Bodies.noise(4096, 42)), parseFails("malformed-feed")),
                served("Empty body", "/doc/empty", body(RSS, () -> new byte[0]), parseFails("empty-body")),
                served("Whitespace-only body", "/doc/whitespace",
                        body(RSS, () -> " \r\n\t\n ".getBytes(StandardCharsets.US_ASCII)), parseFails("empty-body")),
                served("204 No Content", "/doc/no-content", status(204), parseFails("empty-body")),
                served("XML that is neither RSS nor Atom", "/doc/catalog",
                        fixture("not-a-feed-catalog.xml", "application/xml"), parseFails("not-a-feed")),
                served("A sitemap instead of a feed", "/doc/sitemap",
                        fixture("sitemap.xml", "application/xml"), parseFails("not-a-feed")),
                served("Atom look-alike in a foreign namespace", "/doc/atom-wrong-namespace",
                        fixture("atom-wrong-namespace.xml", "application/atom+xml"), parseFails("not-a-feed")),
                served("RSS claiming version 7.5", "/doc/rss-unknown-version",
                        fixture("rss-unknown-version.xml", RSS), parseFails("not-a-feed")));
    }

    /** The server answers, but not with a feed: status codes and redirects. */
    private static Stream<HostileCase> httpFailures() {
        return Stream.of(
                served("HTTP 404", "/http/404", status(404),
                        fetchFails("http-status", e -> assertThat(e.httpStatus()).isEqualTo(404))),
                served("HTTP 410 Gone", "/http/410", status(410),
                        fetchFails("http-status", e -> assertThat(e.httpStatus()).isEqualTo(410))),
                served("HTTP 500", "/http/500", status(500),
                        fetchFails("http-status", e -> assertThat(e.httpStatus()).isEqualTo(500))),
                served("HTTP 429 with Retry-After in seconds", "/http/429", status(429, "Retry-After", "120"),
                        fetchFails("rate-limited", e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)))),
                served("HTTP 503 with Retry-After as an HTTP date", "/http/503",
                        Responses.retryAt(503, Duration.ofHours(1)),
                        fetchFails("rate-limited", e -> assertThat(e.retryAfter())
                                .isBetween(Duration.ofMinutes(58), Duration.ofHours(1)))),
                served("HTTP 429 with an unreadable Retry-After", "/http/429-garbage",
                        status(429, "Retry-After", "soon-ish"),
                        fetchFails("rate-limited", e -> assertThat(e.retryAfter()).isNull())),
                served("Redirect loop between two URLs", "/http/loop?a", Responses.redirectLoop(),
                        fetchFails("redirect-loop")),
                served("Redirect to itself", "/http/self", redirect(301, "/http/self"), fetchFails("redirect-loop")),
                served("Chain of 6 redirects", "/http/chain-6?0", Responses.redirectChain(6),
                        fetchFails("too-many-redirects")),
                served("Redirect without a Location", "/http/no-location", status(302),
                        fetchFails("bad-redirect")),
                served("Redirect to an unparseable Location", "/http/bad-location",
                        redirect(302, "http://bad host/feed"), fetchFails("bad-redirect")),
                served("Redirect to file:///etc/passwd", "/http/to-file", redirect(302, "file:///etc/passwd"),
                        fetchFails("unsupported-scheme")),
                served("Redirect to ftp://", "/http/to-ftp", redirect(301, "ftp://127.0.0.1/feed.xml"),
                        fetchFails("unsupported-scheme")),
                served("Redirect to javascript:", "/http/to-javascript", redirect(302, "javascript:alert(1)"),
                        fetchFails("unsupported-scheme")));
    }

    /** Sizes, encodings and connections that go wrong while the body is on its way. */
    private static Stream<HostileCase> transportFailures() {
        final byte[] feed = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                served("Body over the 1 MiB cap, with Content-Length", "/body/too-large",
                        body(RSS, () -> Bodies.paddedFeed(2 * CAP)), fetchFails("too-large")),
                served("Body over the 1 MiB cap, chunked", "/body/too-large-chunked",
                        chunked(RSS, () -> Bodies.paddedFeed(2 * CAP)), fetchFails("too-large")),
                served("Gzip bomb: 64 MiB of zeros", "/body/gzip-bomb",
                        encoded("gzip", () -> Bodies.zerosCompressed(64 * CAP, true)), fetchFails("too-large")),
                served("Deflate bomb: 64 MiB of zeros", "/body/deflate-bomb",
                        encoded("deflate", () -> Bodies.zerosCompressed(64 * CAP, false)), fetchFails("too-large")),
                served("Corrupt gzip: plain XML labelled gzip", "/body/not-gzip",
                        encoded("gzip", () -> feed), fetchFails("bad-encoding")),
                served("Corrupt gzip: compressed data scribbled over", "/body/scribbled-gzip",
                        encoded("gzip", () -> Bodies.scribbledGzip(Bodies.manyItems(50))), fetchFails("bad-encoding")),
                served("Corrupt gzip: stream cut short in a complete response", "/body/cut-gzip",
                        encoded("gzip", () -> Bodies.cutGzip(Bodies.manyItems(50))), fetchFails("bad-encoding")),
                served("Unsupported Content-Encoding: br", "/body/brotli", encoded("br", () -> feed),
                        fetchFails("bad-encoding")),
                served("Unsupported Content-Encoding: compress", "/body/compress", encoded("compress", () -> feed),
                        fetchFails("bad-encoding")),
                served("Server accepts and never answers", "/slow/no-headers", Responses.stallBeforeHeaders(),
                        fetchFails("timeout")),
                served("Headers, then never a body", "/slow/no-body", Responses.stallAfterHeaders(null),
                        fetchFails("timeout")),
                served("Gzip headers, then never a body", "/slow/no-gzip-body", Responses.stallAfterHeaders("gzip"),
                        fetchFails("timeout")),
                served("Trickle: one byte every 100 ms", "/slow/trickle", Responses.trickle(),
                        fetchFails("timeout")),
                served("Connection closed mid-body, Content-Length", "/body/dropped", Responses.dropMidBody(false),
                        fetchFails("connection")),
                served("Connection closed mid-body, chunked", "/body/dropped-chunked", Responses.dropMidBody(true),
                        fetchFails("connection")),
                remote("Connection refused (closed port)", HostileServer.closedPortUrl(), fetchFails("connection")),
                remote("Unknown host (.invalid)", "http://feeds.newsreel-hostile.invalid/rss.xml",
                        fetchFails("dns")));
    }

    /** The production address policy, which no spelling of an internal address gets through. */
    private static Stream<HostileCase> refusedAddresses() {
        return Stream.of(
                served("Guarded: loopback feed redirecting to 169.254.169.254 (refused at the first hop)",
                        "/guarded/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"),
                        fetchFails("blocked-address")).readWith(Reader.GUARDED),
                remote("Guarded: cloud metadata 169.254.169.254", "http://169.254.169.254/latest/meta-data/",
                        fetchFails("blocked-address")).readWith(Reader.GUARDED),
                remote("Guarded: private 10.0.0.1", "http://10.0.0.1/feed.xml",
                        fetchFails("blocked-address")).readWith(Reader.GUARDED),
                remote("Guarded: localhost by name", "http://localhost:9/feed.xml",
                        fetchFails("blocked-address")).readWith(Reader.GUARDED),
                remote("Guarded: loopback as IPv4-mapped IPv6", "http://[::ffff:127.0.0.1]:9/feed.xml",
                        fetchFails("blocked-address")).readWith(Reader.GUARDED));
    }

    /** Odd but readable: these must come through with every article. */
    private static Stream<HostileCase> survivable() {
        return Stream.of(
                served("10,000 items", "/ok/many-items", body(RSS, () -> Bodies.manyItems(10_000)),
                        reads(10_000, reading -> assertThat(reading.itemCount()).isEqualTo(10_000))),
                served("One ~5 MB item under an 8 MiB cap", "/ok/huge-item",
                        body(RSS, () -> Bodies.oneHugeItem(5_000_000)),
                        reads(1, reading -> assertThat(reading.articles().get(0).summary()).hasSizeGreaterThan(
                                4_900_000))).readWith(Reader.LARGE_CAP),
                served("Items without dates (and one unparseable date)", "/ok/missing-dates",
                        fixture("missing-dates.xml", RSS), reads(3, reading -> assertThat(reading.articles())
                                .allMatch(Article::publishedEstimated))),
                served("Duplicated GUIDs: the last listing wins", "/ok/duplicate-guids",
                        fixture("duplicate-guids.xml", RSS), reads(2, reading -> {
                            assertThat(reading.itemCount()).isEqualTo(3);
                            assertThat(reading.articles()).extracting(Article::title)
                                    .containsExactly("Teaser out (updated)", "Cast interview");
                        })),
                served("Empty but valid RSS channel", "/ok/empty-channel", fixture("empty-channel.xml", RSS),
                        reads(0)),
                served("Empty but valid Atom feed", "/ok/empty-atom",
                        fixture("empty-atom.xml", "application/atom+xml"), reads(0)),
                served("ISO-8859-1 declared, Latin-1 bytes, wrong charset=utf-8 header", "/ok/latin1",
                        fixture("latin1-declared.xml", "application/rss+xml; charset=utf-8"),
                        reads(1, titled("Soirée spéciale : le café des âmes"))),
                served("UTF-8 declared, Korean text, wrong charset=iso-8859-1 header", "/ok/korean",
                        fixture("korean-utf8.xml", "text/xml; charset=iso-8859-1"),
                        reads(1, titled("달빛 항구 시즌2 확정"))),
                served("UTF-16LE with a byte order mark", "/ok/utf16", fixture("utf16le-bom.xml", RSS),
                        reads(2, titled("두 바이트 뉴스", "Second item"))),
                served("UTF-16BE with a byte order mark and a wrong charset=utf-8 header", "/ok/utf16be",
                        body("application/rss+xml; charset=utf-8",
                                () -> Bodies.swapByteOrder(Bodies.fixture("utf16le-bom.xml"))),
                        reads(2, titled("두 바이트 뉴스", "Second item"))),
                served("Media RSS with unparseable media URLs", "/ok/media-bad-url",
                        fixture("media-bad-url.xml", RSS), reads(1)),
                served("RSS served as text/html", "/ok/as-html", fixture("empty-channel.xml", "text/html"),
                        reads(0)),
                served("HTML entities &nbsp; and &mdash; in a title", "/ok/html-entities",
                        fixture("html-entities.xml", RSS), reads(1, titled("Finale night — live"))),
                served("Blank lines before the XML declaration", "/ok/leading-blank-lines",
                        fixture("leading-blank-lines.xml", RSS), reads(1)),
                served("Invalid UTF-8 bytes in a title", "/ok/invalid-utf8", fixture("invalid-utf8.xml", RSS),
                        reads(1)),
                served("Bare ampersand in a title", "/ok/bare-ampersand", fixture("bare-ampersand.xml", RSS),
                        reads(1, titled("Q&A with the cast"))),
                served("RSS without a version attribute", "/ok/rss-without-version",
                        fixture("rss-without-version.xml", RSS), reads(1)),
                served("Chain of 5 redirects (the most allowed)", "/ok/chain-5?0", Responses.redirectChain(5),
                        reads(1)),
                served("304 Not Modified to an unconditional request", "/ok/unasked-304", status(304),
                        reads(0, reading -> assertThat(reading.unchanged()).isTrue())));
    }

    private static Consumer<FeedReader.Reading> titled(final String... titles) {
        return reading -> assertThat(reading.articles()).extracting(Article::title).containsExactly(titles);
    }
}
