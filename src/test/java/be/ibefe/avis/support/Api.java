package be.ibefe.avis.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client on the running application, as an outside client would call it. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public record Reponse(int status, String contentType, String corps, HttpResponse<String> brute) {

        public JsonNode json() {
            try {
                return corps.isEmpty() ? MissingNode.getInstance() : JSON.readTree(corps);
            } catch (IOException e) {
                throw new UncheckedIOException("Réponse non JSON : " + corps, e);
            }
        }

        public boolean estProbleme() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public Reponse get(String utilisateur, String chemin) {
        return envoyer(requete(utilisateur, chemin).GET());
    }

    /** A download: the body as bytes, whatever its type. */
    public HttpResponse<byte[]> telecharger(String utilisateur, String chemin) {
        try {
            return CLIENT.send(requete(utilisateur, chemin).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reponse post(String utilisateur, String chemin, Object corps) {
        return postBrut(utilisateur, chemin, "application/json", json(corps));
    }

    public Reponse postBrut(String utilisateur, String chemin, String contentType, String corps) {
        return envoyer(requete(utilisateur, chemin).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(corps, StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data upload of one file, as a browser sends it. */
    public Reponse postFichier(String utilisateur, String chemin, String champ, String nomFichier, byte[] contenu) {
        return envoyer(fichier(requete(utilisateur, chemin), champ, nomFichier, contenu));
    }

    /** The request as a POST of one file in multipart/form-data, for a request built with its own headers. */
    public static HttpRequest.Builder fichier(HttpRequest.Builder requete, String champ, String nomFichier,
            byte[] contenu) {
        String frontiere = "----avis" + System.nanoTime();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + champ + "\"; filename=\""
                + nomFichier + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.writeBytes(contenu);
        corps.writeBytes(("\r\n--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return requete.header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray()));
    }

    public HttpRequest.Builder requete(String utilisateur, String chemin) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .header("Accept", "application/json");
        if (utilisateur != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((utilisateur + ":" + utilisateur).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public Reponse envoyer(HttpRequest.Builder requete) {
        try {
            HttpResponse<String> reponse = CLIENT.send(requete.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reponse(reponse.statusCode(), reponse.headers().firstValue("Content-Type").orElse(null),
                    reponse.body(), reponse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object corps) {
        try {
            return corps instanceof String texte ? texte : JSON.writeValueAsString(corps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
