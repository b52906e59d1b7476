package io.newsreel.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy policy = new AddressPolicy(false);

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {
        "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::", "ff02::1"})
    void shouldRefuseNonPublicAddresses(final String address) throws UnknownHostException {
        assertThat(policy.permits(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest(name = "permits {0}")
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:93.184.216.34"})
    void shouldPermitPublicAddresses(final String address) throws UnknownHostException {
        assertThat(policy.permits(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest(name = "permits {0} when private addresses are allowed")
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "::1"})
    void shouldPermitEverythingWhenAllowed(final String address) throws UnknownHostException {
        assertThat(new AddressPolicy(true).permits(InetAddress.getByName(address))).isTrue();
    }
}
