package io.newsreel.ingest.hostile;

import static io.newsreel.ingest.hostile.Responses.RSS;

import com.sun.net.httpserver.HttpHandler;
import io.newsreel.ingest.normalize.ArticleIds;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Two hundred feeds for one ingest run, a quarter of them broken: each healthy feed knows the GUIDs of its items
 * (and so the article ids ingest must publish), each broken one the error kind it must be reported with.
 */
final class ScaleFeeds {

    /** 100 MB: far over the 10 MiB cap, streamed by the server in small chunks, never held in memory. */
    static final long HUNDRED_MB = 100L * 1000 * 1000;
    private static final byte[] GZIP_BOMB = Bodies.zerosCompressed(128L * 1024 * 1024, true);

    /**
     * One feed served under {@code path}.
     *
     * @param guids the GUIDs of its items when healthy, else empty
     * @param kind the error kind it must be reported with when broken, else null
     */
    record Feed(String name, String path, HttpHandler handler, List<String> guids, String kind) {

        boolean healthy() {
            return kind == null;
        }

        /** The ids ingest gives this feed's items: GUIDs that are not links are scoped by the feed's host. */
        Set<String> expectedIds(final String url) {
            return guids.stream().map(guid -> ArticleIds.idFor(url, guid, null, null, null))
                    .collect(Collectors.toSet());
        }
    }

    private ScaleFeeds() {
    }

    /** 150 healthy feeds (four of them odd but readable) and 50 broken ones, 200 in all. */
    static List<Feed> all(final Path secretFile) {
        final List<Feed> feeds = new ArrayList<>();
        for (int i = 0; i < 146; i++) {
            feeds.add(plain(i, 1 + i % 20));
        }
        feeds.add(healthy("10,000 items", "/ok/many-items", () -> Bodies.manyItems(10_000),
                IntStream.range(0, 10_000).mapToObj(i -> "ep-" + i).toList()));
        feeds.add(healthy("one 5 MB item", "/ok/huge-item", () -> Bodies.oneHugeItem(5_000_000), List.of("huge-1")));
        feeds.add(new Feed("ISO-8859-1 bytes under a charset=utf-8 header", "/ok/latin1",
                Responses.body("application/rss+xml; charset=utf-8", () -> declared("ISO-8859-1", "latin1-1",
                        "Soirée spéciale : le café des âmes")), List.of("latin1-1"), null));
        feeds.add(new Feed("UTF-8 Korean under a charset=iso-8859-1 header", "/ok/korean",
                Responses.body("text/xml; charset=iso-8859-1", () -> declared("UTF-8", "korean-1",
                        "달빛 항구 시즌2 확정")), List.of("korean-1"), null));
        broken(feeds, 6, "malformed XML", "malformed-feed", i -> Responses.fixture(
                List.of("unclosed-tag.xml", "mismatched-tags.xml", "garbage-after-root.xml").get(i % 3), RSS));
        broken(feeds, 5, "billion laughs", "forbidden-doctype", i -> Responses.fixture("billion-laughs.xml", RSS));
        broken(feeds, 5, "external entity to a local file", "forbidden-doctype",
                i -> Responses.body(RSS, () -> xxe(secretFile)));
        broken(feeds, 3, "100 MB body", "too-large", i -> streamed(HUNDRED_MB));
        broken(feeds, 5, "gzip bomb", "too-large", i -> Responses.encoded("gzip", () -> GZIP_BOMB));
        broken(feeds, 5, "redirect loop", "redirect-loop", i -> Responses.redirectLoop());
        broken(feeds, 4, "trickle that never ends", "timeout", i -> Responses.trickle());
        broken(feeds, 5, "HTML page", "not-a-feed",
                i -> Responses.fixture("html-page.html", "text/html; charset=utf-8"));
        broken(feeds, 5, "binary noise", "malformed-feed",
                i -> Responses.body("application/octet-stream", () -> Bodies.noise(8192, i)));
        broken(feeds, 4, "HTTP 500", "http-status", i -> Responses.status(500));
        broken(feeds, 3, "empty body", "empty-body", i -> Responses.body(RSS, () -> new byte[0]));
        return List.copyOf(feeds);
    }

    private static Feed plain(final int index, final int items) {
        final List<String> guids = IntStream.range(0, items).mapToObj(j -> "feed-" + index + "-item-" + j).toList();
        final String path = "/ok/plain-" + index;
        return healthy("plain feed " + index, path, () -> {
            final StringBuilder body = new StringBuilder();
            for (int j = 0; j < items; j++) {
                body.append("<item><title>Story ").append(j).append(" of desk ").append(index)
                        .append("</title><guid>").append(guids.get(j)).append("</guid><pubDate>")
                        .append("Wed, 06 Dec 2023 09:").append(String.format("%02d", j % 60))
                        .append(":00 GMT</pubDate><description>&lt;p&gt;Episode ").append(j)
                        .append(" recap.&lt;/p&gt;</description></item>\n");
            }
            return Bodies.rss(body);
        }, guids);
    }

    private static Feed healthy(final String name, final String path, final Supplier<byte[]> body,
                                final List<String> guids) {
        return new Feed(name, path, Responses.body(RSS, body), guids, null);
    }

    private static void broken(final List<Feed> feeds, final int count, final String name, final String kind,
                               final IntFunction<HttpHandler> handler) {
        final String slug = name.replaceAll("[^a-z0-9]+", "-");
        for (int i = 0; i < count; i++) {
            // The query tells the redirect loop's two URLs apart; the path alone picks the handler.
            feeds.add(new Feed(name + " " + i, "/broken/" + slug + "-" + i + "?a", handler.apply(i), List.of(),
                    kind));
        }
    }

    /** A one-item feed whose XML declaration names {@code charset}, in that charset's bytes. */
    private static byte[] declared(final String charset, final String guid, final String title) {
        return ("<?xml version=\"1.0\" encoding=\"" + charset + "\"?>\n<rss version=\"2.0\"><channel><title>c</title>"
                + "<item><title>" + title + "</title><guid>" + guid + "</guid></item></channel></rss>")
                .getBytes(Charset.forName(charset));
    }

    private static byte[] xxe(final Path secretFile) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&secret;</title><guid>leak-1</guid>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A feed that promises {@code bytes} with a Content-Length and streams a comment 64 KiB at a time until it has
     * sent them or the reader hangs up at its cap.
     */
    private static HttpHandler streamed(final long bytes) {
        return exchange -> {
            final byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            final byte[] start = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><!-- "
                    .getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", RSS);
            exchange.sendResponseHeaders(200, bytes);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(start);
                for (long sent = start.length; sent < bytes; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
                }
            } catch (final IOException e) {
                // The reader stopped at its size cap and closed the connection: what this feed is for.
            }
        };
    }
}
