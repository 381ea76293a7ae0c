package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address a client's failures are counted under: an IPv6 client by its /64 network. */
class AdresseDuClientTest {

    @Test
    void every_address_of_one_ipv6_64_network_is_counted_as_that_network() {
        assertThat(AdresseDuClient.cle("2001:db8:1:2::5")).isEqualTo("2001:db8:1:2::/64");
        assertThat(AdresseDuClient.cle("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(AdresseDuClient.cle("[2001:0db8:0001:0002:0:0:0:1]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(AdresseDuClient.cle("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void the_next_ipv6_64_network_is_another_count() {
        assertThat(AdresseDuClient.cle("2001:db8:1:3::5")).isNotEqualTo(AdresseDuClient.cle("2001:db8:1:2::5"));
    }

    @Test
    void an_ipv4_address_even_mapped_in_ipv6_is_counted_alone() {
        assertThat(AdresseDuClient.cle("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(AdresseDuClient.cle("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(AdresseDuClient.cle("203.0.113.8")).isNotEqualTo("203.0.113.7");
    }

    @Test
    void no_address_or_something_else_is_kept_within_the_column() {
        assertThat(AdresseDuClient.cle(null)).isEqualTo(AdresseDuClient.SANS_ADRESSE);
        assertThat(AdresseDuClient.cle("x".repeat(100))).hasSize(64);
    }
}
