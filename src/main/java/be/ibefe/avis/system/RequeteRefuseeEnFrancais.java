package be.ibefe.avis.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request the security firewall rejects (encoded slashes, semicolons, a path that tries to climb out) is answered
 * like every other error of the application: a French problem+json, never the container's default page.
 */
@Component
class RequeteRefuseeEnFrancais implements RequestRejectedHandler {

    private final Problemes problemes;

    RequeteRefuseeEnFrancais(Problemes problemes) {
        this.problemes = problemes;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        problemes.ecrire(response, HttpStatus.BAD_REQUEST,
                "Adresse refusée : elle contient des caractères ou des segments interdits.", "/");
    }
}
