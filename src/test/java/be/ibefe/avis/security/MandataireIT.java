package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a proxy ({@code AVIS_MANDATAIRES}, here 127.0.0.1): failures are counted under the client address that the
 * proxy forwards, an IPv6 client under its /64 network; a client that is not the proxy (127.0.0.2) cannot choose its
 * address with an X-Forwarded-For of its own.
 */
@AvisIntegrationTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
class MandataireIT {

    private static final String MANDATAIRE = "127.0.0.1";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    String login;

    @BeforeEach
    void compte() {
        ClockUtil.setCurrentTime(new Date());
        login = "mandataire" + System.nanoTime();
        User compte = identityService.newUser(login);
        compte.setPassword("Cheval-Agrafe-Pile-42");
        identityService.saveUser(compte);
    }

    @AfterEach
    void menage() {
        ClockUtil.reset();
        identityService.deleteUser(login);
        jdbc.update("delete from tentative_connexion where login = ?", login);
    }

    @Test
    void the_client_address_forwarded_by_the_trusted_proxy_is_the_one_counted() {
        echec(MANDATAIRE, "203.0.113.7");
        // a client that sent its own header through the proxy: the proxy's addition, on the right, is the one read
        echec(MANDATAIRE, "198.51.100.66, 203.0.113.8");

        assertThat(adresses()).containsExactlyInAnyOrder("203.0.113.7", "203.0.113.8");
    }

    @Test
    void a_client_that_is_not_the_proxy_is_counted_under_its_own_address_whatever_it_forwards() {
        echec("127.0.0.2", "203.0.113.9");

        assertThat(adresses()).containsExactly("127.0.0.2");
    }

    @Test
    void the_ipv6_addresses_of_one_64_network_share_one_count_the_next_network_has_its_own() {
        echec(MANDATAIRE, "2001:db8:1:2::5");
        echec(MANDATAIRE, "2001:db8:1:2:ffff::9");
        echec(MANDATAIRE, "2001:db8:1:3::5");

        assertThat(jdbc.queryForList("select adresse || '=' || echecs from tentative_connexion where login = ?",
                String.class, login)).containsExactlyInAnyOrder("2001:db8:1:2::/64=2", "2001:db8:1:3::/64=1");
    }

    private void echec(String depuis, String transmise) {
        assertThat(ComptesVerrouillesIT.appeler(port, depuis, login, "mauvais", "GET /api/dossiers",
                "X-Forwarded-For: " + transmise + "\r\n").statut()).isEqualTo(401);
    }

    private List<String> adresses() {
        return jdbc.queryForList("select adresse from tentative_connexion where login = ?", String.class, login);
    }
}
