package io.newsreel.kafka.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Replaces the "any free port" placeholder {@code 0} with concrete ports before the broker starts.
 *
 * <p>Kafka needs the controller port up front (it is part of the quorum voter list) and does not
 * expose the port it bound, so ports are chosen here rather than left to the operating system.
 * Both probe sockets stay open together so the two listeners never receive the same port.
 */
final class FreePorts {

    private FreePorts() {
    }

    static EmbeddedKafkaConfig assignTo(final EmbeddedKafkaConfig config) {
        try (ServerSocket brokerProbe = probeIfUnset(config.host(), config.port());
             ServerSocket controllerProbe = probeIfUnset(config.host(), config.controllerPort())) {
            return config
                    .withPort(portOf(brokerProbe, config.port()))
                    .withControllerPort(portOf(controllerProbe, config.controllerPort()));
        } catch (IOException e) {
            throw new EmbeddedKafkaException("Could not find a free port on " + config.host(), e);
        }
    }

    private static ServerSocket probeIfUnset(final String host, final int port) throws IOException {
        if (port != 0) {
            return null;
        }
        return new ServerSocket(0, 1, InetAddress.getByName(host));
    }

    private static int portOf(final ServerSocket probe, final int configuredPort) {
        return probe == null ? configuredPort : probe.getLocalPort();
    }
}
