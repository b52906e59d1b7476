package io.newsreel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports for a test to hand a service that must be told its port up front rather than pick one itself. */
public final class Ports {

    private Ports() {
    }

    /** A port free a moment ago: the operating system's pick, released at once for the caller to bind. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
