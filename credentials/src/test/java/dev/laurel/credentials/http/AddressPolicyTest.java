package dev.laurel.credentials.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address policy on its own, as callers outside the fetcher (webhook deliveries) use it. */
class AddressPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, a loopback address",
        "::1, a loopback address",
        "0.0.0.0, the unspecified address",
        "169.254.169.254, a link-local address",
        "fe80::1, a link-local address",
        "10.1.2.3, a private address",
        "172.31.0.1, a private address",
        "192.168.0.10, a private address",
        "224.0.0.1, a multicast address",
        "240.0.0.1, a reserved address",
        "100.100.0.1, a carrier-grade NAT address",
        "198.18.0.1, a benchmarking address",
        "192.0.0.8, an IETF protocol assignment address",
        "fd12:3456::1, a unique local IPv6 address",
        "::ffff:10.0.0.1, a private address"
    })
    void refusesNonPublicAddressesAndSaysWhy(String address, String why) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).contains(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"})
    void acceptsPublicUnicastAddresses(String address) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).isEmpty();
    }
}
