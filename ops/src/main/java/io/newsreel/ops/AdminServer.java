package io.newsreel.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP server of a service without an HTTP API of its own (ingest, processor): {@code GET /metrics} in the
 * Prometheus text format, {@code GET /health/live} and {@code GET /health/ready} as {@link ProbeAnswer}s. Anything
 * else is a JSON 404, any method but GET and HEAD a JSON 405.
 */
public final class AdminServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private final HttpServer server;
    private final ExecutorService executor;

    private AdminServer(final HttpServer server, final ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Listens on every interface; port 0 picks a free port. */
    public static AdminServer start(final int port, final Monitoring monitoring) {
        final HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot listen on admin port " + port, e);
        }
        // One thread: a scrape or a probe is quick, and the admin port must not compete with the service for cores.
        final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "admin-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> respond(exchange, answer(exchange, monitoring)));
        server.start();
        return new AdminServer(server, executor);
    }

    /** The JDK server drops the connection on an exception and says nothing: answer 500 and log it instead. */
    private static Response answer(final HttpExchange exchange, final Monitoring monitoring) {
        try {
            return route(exchange, monitoring);
        } catch (final RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            return Response.json(500, new AdminError(500, "Internal Server Error", "Internal error"));
        }
    }

    private static Response route(final HttpExchange exchange, final Monitoring monitoring) {
        final String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Response.json(405, new AdminError(405, "Method Not Allowed", "Only GET and HEAD are served"));
        }
        final String path = exchange.getRequestURI().getPath();
        if ("/metrics".equals(path)) {
            return new Response(200, Meters.PROMETHEUS_CONTENT_TYPE, monitoring.meters().scrape());
        }
        for (final Probe probe : Probe.values()) {
            if (probe.path().equals(path)) {
                final ProbeAnswer answer = probe.answer(monitoring.health().health());
                return Response.json(answer.httpStatus(), answer);
            }
        }
        return Response.json(404, new AdminError(404, "Not Found", "No such resource: " + path));
    }

    private static void respond(final HttpExchange exchange, final Response response) throws IOException {
        try (exchange) {
            final byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            final boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Response(int status, String contentType, String body) {

        static Response json(final int status, final Object body) {
            try {
                return new Response(status, JSON_TYPE, JSON.writeValueAsString(body));
            } catch (final JsonProcessingException e) {
                throw new IllegalStateException("Cannot write " + body, e);
            }
        }
    }

    /** Shaped like the sink API's errors. */
    private record AdminError(int status, String error, String message) {
    }
}
