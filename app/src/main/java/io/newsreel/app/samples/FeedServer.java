package io.newsreel.app.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves feeds over HTTP on 127.0.0.1, the way a polite publisher does: with an ETag, answering a matching
 * {@code If-None-Match} with 304. The local run serves the sample feeds with it, since the network is closed.
 */
public final class FeedServer implements AutoCloseable {

    private static final String PATH = "/feeds/";

    private final HttpServer server;
    private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> requestsByFeed = new ConcurrentHashMap<>();

    private FeedServer(final HttpServer server) {
        this.server = server;
    }

    /** Starts serving on 127.0.0.1 at the port given (0 picks a free one). */
    public static FeedServer start(final int port, final Map<String, byte[]> feeds) {
        final HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot serve feeds on 127.0.0.1:" + port, e);
        }
        final FeedServer feedServer = new FeedServer(server);
        feedServer.feeds.putAll(feeds);
        server.createContext(PATH, feedServer::handle);
        server.start();
        return feedServer;
    }

    /** Adds or replaces a feed, e.g. for a test that publishes a correction. */
    public void put(final String name, final byte[] body) {
        feeds.put(name, body);
    }

    /** The URL of each feed served. */
    public List<String> urls() {
        return feeds.keySet().stream().sorted().map(this::url).toList();
    }

    public String url(final String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + name;
    }

    /** Requests answered so far, whatever their outcome. */
    public long requests() {
        return requests.get();
    }

    /** Requests for one feed answered so far. */
    public long requests(final String name) {
        final AtomicLong count = requestsByFeed.get(name);
        return count == null ? 0 : count.get();
    }

    private void handle(final HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        final String name = exchange.getRequestURI().getPath().substring(PATH.length());
        requestsByFeed.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
        try (exchange) {
            final byte[] body = feeds.get(name);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            final String etag = "\"" + digest(body) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", contentType(body));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(final byte[] body) {
        final String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8);
        return start.contains("<feed") ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
    }

    private static String digest(final byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
