package io.newsreel.sink.routing;

import java.net.URI;

/**
 * One sink instance's HTTP API, as it advertises itself in {@code application.server}.
 *
 * @param host host name or address
 * @param port HTTP port
 */
public record Instance(String host, int port) {

    /** The address of {@code pathAndQuery} (already encoded, starting with {@code /}) on this instance. */
    public URI uri(final String pathAndQuery) {
        return URI.create("http://" + host + ":" + port + pathAndQuery);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
