package be.ibefe.avis.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this instance of the application among those that share the database ({@code avis.noeud}; by default
 * its host name and HTTP port). It stays the same when the instance is started again, so that a node killed in the
 * middle of its work knows, at its next start, what it left half-done: the engine's jobs it had locked
 * ({@link VerrousDuNoeud}), the imports it was working. With a random port ({@code server.port=0}) and no name
 * given, a node has no identity a restart could find again: it gets a random one.
 */
@Component
public class Noeud {

    private final String nom;

    Noeud(@Value("${avis.noeud:}") String configure, @Value("${server.port:8080}") int port) {
        if (!configure.isBlank()) {
            nom = configure.strip();
        } else if (port == 0) {
            nom = "noeud-" + UUID.randomUUID();
        } else {
            nom = hote() + ":" + port;
        }
    }

    public String nom() {
        return nom;
    }

    private static String hote() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
