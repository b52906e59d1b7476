package io.newsreel.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.newsreel.contract.event.Article;
import io.newsreel.ingest.fulltext.FullTextFetcher;
import io.newsreel.ingest.fulltext.FullTextSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Server-side request forgery: with the production address policy, no feed URL, article page URL or redirect may
 * reach loopback, a private network, link-local addresses, a cloud metadata service, or any of them under another
 * spelling (IPv4-mapped IPv6, decimal, octal or hex IPv4, {@code localhost} names). Each case is one URL; loopback
 * cases point at a live server on 127.0.0.1 that records every request, so a refusal is proven by its silence.
 *
 * <p>Cases already covered elsewhere (127.0.0.1, 10.0.0.1, 169.254.169.254, {@code localhost}, {@code
 * ::ffff:127.0.0.1} in {@code FeedFetcherTest} and {@code HostileFeedsTest}) are not repeated.
 */
@Timeout(60)
class PrivateAddressRefusalTest {

    /** The production policy with short deadlines, so that a case which wrongly connects fails fast. */
    private static final FetchSettings GUARDED = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(3), 1024 * 1024, 5, "newsreel-test", false);
    private static final String PAGE = "<html><body><article><p>" + "An internal page no feed may read. ".repeat(40)
            + "</p></article></body></html>";

    private final List<String> loopbackRequests = new CopyOnWriteArrayList<>();
    private HttpServer loopback;
    private HttpServer publicLooking;
    private FeedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        loopback.createContext("/", exchange -> {
            loopbackRequests.add(exchange.getRequestURI().toString());
            respond(exchange, 200, "text/html", PAGE);
        });
        loopback.start();
        fetcher = new FeedFetcher(GUARDED, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        loopback.stop(0);
        if (publicLooking != null) {
            publicLooking.stop(0);
        }
    }

    @ParameterizedTest(name = "refuses feed URL {0}")
    @CsvSource({
        // loopback and its spellings
        "http://127.0.0.2:{port}/feed,               blocked-address",
        "http://[::1]:{port}/feed,                   blocked-address",
        "http://[0:0:0:0:0:ffff:7f00:1]:{port}/feed, blocked-address",
        "http://2130706433:{port}/feed,              blocked-address",
        "http://0177.0.0.1:{port}/feed,              blocked-address",
        "http://0x7f000001:{port}/feed,              blocked-address",
        "http://017700000001:{port}/feed,            blocked-address",
        "http://LOCALHOST:{port}/feed,               blocked-address",
        "http://localhost.:{port}/feed,              blocked-address",
        "http://feeds.localhost:{port}/feed,         blocked-address",
        // java.net.URI finds no host in these (a last label may not start with a digit): refused before any lookup
        "http://0x7f.0.0.1:{port}/feed,              unsupported-scheme",
        "http://127.1:{port}/feed,                   unsupported-scheme",
        // unspecified
        "http://0.0.0.0:{port}/feed,                 blocked-address",
        "http://[::]:{port}/feed,                    blocked-address",
        // private networks, both ends of 172.16/12
        "http://172.16.0.1/feed,                     blocked-address",
        "http://172.31.255.254/feed,                 blocked-address",
        "http://192.168.0.1/feed,                    blocked-address",
        "http://[::ffff:192.168.0.1]/feed,           blocked-address",
        "http://[::ffff:ac10:1]/feed,                blocked-address",
        // link-local and cloud metadata, in every spelling
        "http://169.254.1.1/feed,                    blocked-address",
        "http://[fe80::1]/feed,                      blocked-address",
        "http://[febf::1]/feed,                      blocked-address",
        "http://[fd00:ec2::254]/latest/meta-data/,   blocked-address",
        "http://[::ffff:169.254.169.254]/latest/meta-data/, blocked-address",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/, blocked-address",
        "http://2852039166/latest/meta-data/,        blocked-address",
        "http://0xa9fea9fe/latest/meta-data/,        blocked-address",
        "http://0251.0376.0251.0376/latest/meta-data/, unsupported-scheme",
    })
    void shouldRefuseAFeedUrlNamingAnInternalAddress(final String template, final String kind) {
        assertRefused(url(template), kind);
    }

    @ParameterizedTest(name = "refuses article page {0}")
    @ValueSource(strings = {"http://127.0.0.1:{port}/page", "http://localhost:{port}/page",
        "http://[::ffff:127.0.0.1]:{port}/page", "http://2130706433:{port}/page", "http://0177.0.0.1:{port}/page",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/page", "http://192.168.0.1/page"})
    void shouldKeepTheFeedTextRatherThanFetchAnInternalArticlePage(final String template) {
        // Given
        final Article article = article(url(template));

        // When
        final Article enriched = new FullTextFetcher(fetcher, FullTextSettings.DEFAULTS).enrich(article);

        // Then
        assertThat(enriched).isEqualTo(article);
        assertThat(loopbackRequests).isEmpty();
    }

    @ParameterizedTest(name = "refuses a redirect from a public host to {0}")
    @ValueSource(strings = {"http://127.0.0.1:{port}/secret", "http://localhost:{port}/secret",
        "http://[::1]:{port}/secret", "http://[::ffff:127.0.0.1]:{port}/secret", "http://2130706433:{port}/secret",
        "http://0177.0.0.1:{port}/secret", "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/", "http://10.0.0.1/secret", "http://172.16.0.1/secret",
        "http://192.168.0.1/secret"})
    void shouldRefuseARedirectFromAPublicHostToAnInternalOne(final String template) throws IOException {
        // Given a feed on an address the policy lets through, which redirects inward
        final String feed = servePublicLooking("/feed", redirectingTo(url(template)));

        // When, then
        assertRefused(feed, "blocked-address");
    }

    @Test
    void shouldRefuseTheInternalHopOfALongerRedirectChain() throws IOException {
        final String start = servePublicLooking("/hop-1", exchange -> redirect(exchange, "/hop-2"));
        servePublicLooking("/hop-2", redirectingTo(url("http://127.0.0.1:{port}/secret")));

        assertRefused(start, "blocked-address");
    }

    @Test
    void shouldKeepTheFeedTextWhenAnArticlePageRedirectsInward() throws IOException {
        // Given
        final Article article = article(servePublicLooking("/story", redirectingTo(url(
                "http://127.0.0.1:{port}/page"))));

        // When
        final Article enriched = new FullTextFetcher(fetcher, FullTextSettings.DEFAULTS).enrich(article);

        // Then
        assertThat(enriched).isEqualTo(article);
        assertThat(loopbackRequests).isEmpty();
    }

    @Test
    void shouldReadFromThePublicLookingHostItself() throws IOException, FetchException {
        // The control for the redirect cases: their first hop really is let through.
        final String feed = servePublicLooking("/page", exchange -> respond(exchange, 200, "text/html", PAGE));

        assertThat(fetcher.fetch(URI.create(feed), Validators.NONE)).isInstanceOf(FetchResult.Fetched.class);
    }

    @ParameterizedTest(name = "refuses the host name {0}")
    @ValueSource(strings = {"localhost", "LocalHost", "localhost.", "a.b.localhost", "2130706433", "0177.0.0.1",
        "0x7f.0.0.1", "0x7F000001", "127.1", "127.0.1", "127.000.000.001", "017700000001", "0", "1.2.3.4.",
        "0xa9.0xfe.0xa9.0xfe"})
    void shouldRefuseLoopbackNamesAndAmbiguousIpv4Spellings(final String host) {
        assertThat(new AddressPolicy(false).permitsHost(host)).isFalse();
        assertThat(new AddressPolicy(true).permitsHost(host)).isTrue();
    }

    @ParameterizedTest(name = "looks up the host name {0}")
    @ValueSource(strings = {"news.example", "127.0.0.1", "93.184.216.34", "10.0.0.1", "0.0.0.0", "255.255.255.255",
        "::1", "[::1]", "2001:db8::1", "localhost.example", "mylocalhost", "1password.com", "123.example", "3com.com",
        "0x.example"})
    void shouldLeaveOtherHostNamesToTheAddressCheck(final String host) {
        assertThat(new AddressPolicy(false).permitsHost(host)).isTrue();
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"172.16.0.0", "172.31.255.255", "169.254.0.1", "169.254.255.254", "192.168.255.255",
        "fd00:ec2::254", "fe80::1", "febf:ffff::1", "::ffff:a9fe:a9fe", "::ffff:ac1f:ffff", "::ffff:c0a8:1"})
    void shouldRefuseTheEdgesOfEveryPrivateRange(final String address) throws UnknownHostException {
        assertThat(new AddressPolicy(false).permits(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest(name = "permits {0}")
    @ValueSource(strings = {"172.15.255.255", "172.32.0.0", "169.253.255.255", "169.255.0.1", "192.167.255.255",
        "192.169.0.0", "11.0.0.1", "9.255.255.255", "fec0::1"})
    void shouldPermitWhatLiesJustOutsideThem(final String address) throws UnknownHostException {
        // fec0::/10 (deprecated site-local) is the one exception: refused too.
        final boolean expected = !address.startsWith("fec0");
        assertThat(new AddressPolicy(false).permits(InetAddress.getByName(address))).isEqualTo(expected);
    }

    private void assertRefused(final String url, final String kind) {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(url), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.failure().kind()).as("failure of %s: %s", url, e.getMessage())
                                .isEqualTo(kind));
        assertThat(loopbackRequests).as("requests that reached the loopback server").isEmpty();
    }

    /**
     * Serves a path on an address of this machine that the production policy counts as public, so that a redirect's
     * first hop is let through as a real public host's would be. The fetcher's resolver cannot be swapped for a
     * fake one, so the test needs such an address; a machine without one skips these cases.
     */
    private String servePublicLooking(final String path, final HttpHandler handler) throws IOException {
        if (publicLooking == null) {
            final Optional<InetAddress> address = publicLookingAddress();
            assumeTrue(address.isPresent(), "no address of this machine passes the address policy");
            publicLooking = HttpServer.create(new InetSocketAddress(address.get(), 0), 0);
            publicLooking.start();
        }
        publicLooking.createContext(path, handler);
        final InetSocketAddress bound = publicLooking.getAddress();
        return "http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + path;
    }

    private static Optional<InetAddress> publicLookingAddress() throws SocketException {
        final AddressPolicy policy = new AddressPolicy(false);
        return NetworkInterface.networkInterfaces()
                .filter(network -> isUp(network))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address.getAddress().length == 4 && policy.permits(address))
                .findFirst();
    }

    private static boolean isUp(final NetworkInterface network) {
        try {
            return network.isUp();
        } catch (final SocketException e) {
            return false;
        }
    }

    private static HttpHandler redirectingTo(final String location) {
        return exchange -> redirect(exchange, location);
    }

    private static void redirect(final HttpExchange exchange, final String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(final HttpExchange exchange, final int status, final String type, final String body)
            throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url(final String template) {
        return template.strip().replace("{port}", String.valueOf(loopback.getAddress().getPort()));
    }

    private static Article article(final String url) {
        final Instant now = Instant.parse("2024-03-01T00:00:00Z");
        return new Article("a1", 1, url, "https://news.example/feed.xml", "Short item", null, now, false,
                "Too short.", "Too short.", "en", now);
    }
}
