package io.newsreel.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/** Every address a host name resolved to is one the {@link AddressPolicy} refuses. */
final class BlockedAddressException extends IOException {

    BlockedAddressException(final String host, final List<InetAddress> addresses) {
        super(host + " resolves only to refused addresses " + addresses
                + " (loopback, private, link-local or reserved)");
    }

    BlockedAddressException(final String message) {
        super(message);
    }
}
