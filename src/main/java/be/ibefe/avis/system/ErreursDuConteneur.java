package be.ibefe.avis.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Some requests never reach the application: Tomcat itself refuses an encoded slash, a NUL byte or a character the
 * HTTP grammar forbids, and answers with its own English HTML page. This valve replaces that page with the same
 * French answer the application gives: problem+json for API clients, a short French page for browsers.
 */
public class ErreursDuConteneur extends ErrorReportValve {

    static final String DETAIL = "La requête est refusée : son adresse ou sa forme n'est pas admise.";
    static final String DETAIL_SERVEUR =
            "Une erreur inattendue s'est produite. Rien n'a été enregistré ; réessayez ou prévenez l'administrateur.";

    public ErreursDuConteneur() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String titre = status == null ? "Requête refusée" : Problemes.titre(status);
        String detail = code >= 500 ? DETAIL_SERVEUR : DETAIL;
        String accept = request.getHeader("Accept");
        boolean navigateur = accept != null && accept.contains("text/html");
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(navigateur ? "text/html" : "application/problem+json");
            Writer sortie = response.getReporter();
            if (sortie == null) {
                return;
            }
            if (navigateur) {
                sortie.write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + titre
                        + "</title></head><body><h1>" + titre + "</h1><p>" + detail
                        + "</p><p><a href=\"/\">Retour à l'accueil</a></p></body></html>");
            } else {
                sortie.write("{\"type\":\"about:blank\",\"title\":\"" + titre + "\",\"status\":" + code
                        + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already sent: nothing more to say
        }
    }

    /** Installs the valve on the embedded Tomcat's host before it starts. */
    @Component
    static class Installation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ErreursDuConteneur.class.getName());
                }
            });
        }
    }
}
