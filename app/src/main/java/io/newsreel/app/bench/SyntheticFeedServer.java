package io.newsreel.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the synthetic feeds at {@code /feeds/<n>.xml} on 127.0.0.1 like a polite publisher: an ETag on every
 * answer and 304 when {@code If-None-Match} matches. A feed's first request gets version 0 and every later one
 * version 1, so a changed feed has changed by ingest's second poll however long round 1 takes. Bodies are generated
 * per request, since they would not all fit in the heap.
 */
final class SyntheticFeedServer implements AutoCloseable {

    private static final String PATH = "/feeds/";
    private static final String SUFFIX = ".xml";
    /** Enough queued connections for every fetch thread ingest may open at once. */
    private static final int BACKLOG = 512;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SyntheticFeeds feeds;
    private final PollTracker tracker;

    private SyntheticFeedServer(final HttpServer server, final ExecutorService executor, final SyntheticFeeds feeds,
                                final PollTracker tracker) {
        this.server = server;
        this.executor = executor;
        this.feeds = feeds;
        this.tracker = tracker;
    }

    /** Starts serving on a free port of 127.0.0.1 with {@code threads} handler threads. */
    static SyntheticFeedServer start(final SyntheticFeeds feeds, final PollTracker tracker, final int threads) {
        final HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), BACKLOG);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot serve the benchmark feeds on 127.0.0.1", e);
        }
        final AtomicInteger threadNumber = new AtomicInteger();
        // Named "bench-" so that their CPU time is told apart from ingest's.
        final ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            final Thread thread = new Thread(runnable, "bench-feeds-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        final SyntheticFeedServer feedServer = new SyntheticFeedServer(server, executor, feeds, tracker);
        server.setExecutor(executor);
        server.createContext(PATH, feedServer::handle);
        server.start();
        return feedServer;
    }

    String url(final int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + feed + SUFFIX;
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final int feed = feedNumber(exchange.getRequestURI().getPath());
            if (feed < 0) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            final int request = tracker.nextRequest(feed);
            final int version = request == 1 ? 0 : 1;
            final String etag = feeds.etag(feed, version);
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                tracker.answered(request, 304, 0);
                return;
            }
            final byte[] body = feeds.feed(feed, version);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            tracker.answered(request, 200, body.length);
        }
    }

    /** The feed number in {@code /feeds/<n>.xml}, or -1 when the path names no feed served. */
    private int feedNumber(final String path) {
        if (!path.startsWith(PATH) || !path.endsWith(SUFFIX)) {
            return -1;
        }
        try {
            final int feed = Integer.parseInt(path.substring(PATH.length(), path.length() - SUFFIX.length()));
            return feed >= 0 && feed < feeds.feedCount() ? feed : -1;
        } catch (final NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
