package io.newsreel.ingest.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One local HTTP server on 127.0.0.1 answering for every hostile case, each under its own path, and remembering
 * every request it got, so a test can prove that something (an external entity, a refused address) was never
 * fetched.
 */
public final class HostileServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private HostileServer(final HttpServer server) {
        this.server = server;
    }

    public static HostileServer start() throws IOException {
        final HostileServer hostile = new HostileServer(
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        // One context for everything: a path nobody registered still gets logged (and a 404).
        hostile.server.createContext("/", hostile::dispatch);
        hostile.server.setExecutor(hostile.executor);
        hostile.server.start();
        return hostile;
    }

    /** Registers the case's handler (if it is served here) and returns the URL to read it from. */
    public String serve(final HostileCase hostile) {
        if (hostile.handler() == null) {
            return hostile.target();
        }
        handlers.put(URI.create(hostile.target()).getPath(), hostile.handler());
        return baseUrl() + hostile.target();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request path (with its query) received so far, in order. */
    public List<String> requested() {
        return List.copyOf(requested);
    }

    /**
     * A URL on a loopback port nothing listens on: bound, then closed, so the port is (very nearly always) free and
     * a connection to it is refused at once.
     */
    public static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/feed.xml";
        } catch (final IOException e) {
            throw new IllegalStateException("Cannot find a free loopback port", e);
        }
    }

    private void dispatch(final HttpExchange exchange) throws IOException {
        requested.add(exchange.getRequestURI().toString());
        final HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
        if (handler == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        handler.handle(exchange);
    }

    /** Stops at once; shutting the executor down interrupts the handlers that are still stalling a client. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
