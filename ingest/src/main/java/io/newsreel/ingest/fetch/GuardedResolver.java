package io.newsreel.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Resolves host names for the HTTP client at connect time and hands it only the addresses the policy permits, so
 * the address checked is the address connected to: a DNS answer that changes between a check and the connection
 * (DNS rebinding) cannot get through. Every redirect hop connects, and so is checked, again.
 */
final class GuardedResolver implements SocketAddressResolver {

    private final AddressPolicy policy;

    GuardedResolver(final AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void resolve(final String host, final int port, final Map<String, Object> context,
                        final Promise<List<InetSocketAddress>> promise) {
        if (!policy.permitsHost(host)) {
            promise.failed(new BlockedAddressException(host + " is a loopback name or an ambiguous IPv4 spelling"));
            return;
        }
        final List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(InetAddress.getAllByName(host));
        } catch (final UnknownHostException e) {
            promise.failed(e);
            return;
        }
        final List<InetSocketAddress> permitted = addresses.stream().filter(policy::permits)
                .map(address -> new InetSocketAddress(address, port)).toList();
        if (permitted.isEmpty()) {
            promise.failed(new BlockedAddressException(host, addresses));
        } else {
            promise.succeeded(permitted);
        }
    }
}
