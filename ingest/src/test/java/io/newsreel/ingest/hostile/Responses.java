package io.newsreel.ingest.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** How a hostile server answers: each method makes one small handler. Bodies are built on request, not up front. */
public final class Responses {

    public static final String RSS = "application/rss+xml";

    private Responses() {
    }

    public static HttpHandler fixture(final String name, final String contentType) {
        return body(contentType, () -> Bodies.fixture(name));
    }

    /** A fixture whose {@code {{server}}} placeholders name this server, for entities that point back at it. */
    public static HttpHandler fixturePointingHere(final String name) {
        return exchange -> send(exchange, 200, RSS, null, new String(Bodies.fixture(name), StandardCharsets.UTF_8)
                .replace("{{server}}", "http://127.0.0.1:" + exchange.getLocalAddress().getPort())
                .getBytes(StandardCharsets.UTF_8), false);
    }

    /** 200 with a Content-Length. */
    public static HttpHandler body(final String contentType, final Supplier<byte[]> body) {
        return exchange -> send(exchange, 200, contentType, null, body.get(), false);
    }

    /** 200 in chunked transfer encoding, so no Content-Length warns the client of the size. */
    public static HttpHandler chunked(final String contentType, final Supplier<byte[]> body) {
        return exchange -> send(exchange, 200, contentType, null, body.get(), true);
    }

    public static HttpHandler encoded(final String contentEncoding, final Supplier<byte[]> body) {
        return exchange -> send(exchange, 200, RSS, contentEncoding, body.get(), false);
    }

    /** A status with no body, and header name/value pairs. */
    public static HttpHandler status(final int status, final String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        };
    }

    /** A status with a {@code Retry-After} HTTP date this far ahead of the moment of answering. */
    public static HttpHandler retryAt(final int status, final Duration ahead) {
        return exchange -> status(status, "Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plus(ahead))).handle(exchange);
    }

    public static HttpHandler redirect(final int status, final String location) {
        return status(status, "Location", location);
    }

    /** {@code PATH?n} redirects to {@code PATH?n+1} until n reaches {@code redirects}, which serves a feed. */
    public static HttpHandler redirectChain(final int redirects) {
        return exchange -> {
            final int step = Integer.parseInt(exchange.getRequestURI().getQuery());
            if (step < redirects) {
                redirect(302, exchange.getRequestURI().getPath() + "?" + (step + 1)).handle(exchange);
            } else {
                send(exchange, 200, RSS, null, Bodies.manyItems(1), false);
            }
        };
    }

    /** {@code PATH?a} and {@code PATH?b} redirect to each other. */
    public static HttpHandler redirectLoop() {
        return exchange -> redirect(302, exchange.getRequestURI().getPath()
                + ("a".equals(exchange.getRequestURI().getQuery()) ? "?b" : "?a")).handle(exchange);
    }

    /** Accepts the request and never answers. */
    public static HttpHandler stallBeforeHeaders() {
        return exchange -> stall();
    }

    /** Sends 200 and headers promising a body, then nothing. */
    public static HttpHandler stallAfterHeaders(final String contentEncoding) {
        return exchange -> {
            if (contentEncoding != null) {
                exchange.getResponseHeaders().add("Content-Encoding", contentEncoding);
            }
            exchange.getResponseHeaders().add("Content-Type", RSS);
            exchange.sendResponseHeaders(200, 4096);
            exchange.getResponseBody().flush();
            stall();
        };
    }

    /**
     * Drips a never-ending feed one byte every 100 ms: each read makes progress, so only a deadline on the whole
     * fetch (not an idle timeout) stops it. The sleep is the slow server's pace, not a test waiting for something.
     */
    public static HttpHandler trickle() {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            final byte[] endless = Bodies.manyItems(10_000);
            try (OutputStream out = exchange.getResponseBody()) {
                for (final byte b : endless) {
                    out.write(b);
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /**
     * Sends half of a feed and drops the connection: a handler that throws makes the JDK server close the socket
     * without finishing the response (neither the promised Content-Length nor the last chunk arrives).
     */
    public static HttpHandler dropMidBody(final boolean chunked) {
        return exchange -> {
            final byte[] feed = Bodies.manyItems(200);
            exchange.getResponseHeaders().add("Content-Type", RSS);
            exchange.sendResponseHeaders(200, chunked ? 0 : feed.length);
            final OutputStream out = exchange.getResponseBody();
            out.write(feed, 0, feed.length / 2);
            out.flush();
            throw new IOException("dropping the connection mid-body on purpose");
        };
    }

    /**
     * Holds the handler thread as a stalled server would. {@link HostileServer#close()} interrupts it; the 30 s
     * bound only keeps a thread from outliving a broken run.
     */
    private static void stall() {
        try {
            new CountDownLatch(1).await(30, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(final HttpExchange exchange, final int status, final String contentType,
                             final String contentEncoding, final byte[] body, final boolean chunked)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        if (contentEncoding != null) {
            exchange.getResponseHeaders().add("Content-Encoding", contentEncoding);
        }
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
