package be.ibefe.avis.admin;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser or curl sends it: text fields, then files. */
final class Multipart {

    private final String separateur = "----avis" + UUID.randomUUID();
    private final ByteArrayOutputStream corps = new ByteArrayOutputStream();

    String contentType() {
        return "multipart/form-data; boundary=" + separateur;
    }

    Multipart champ(String nom, String valeur) {
        ecrire("--" + separateur + "\r\nContent-Disposition: form-data; name=\"" + nom + "\"\r\n\r\n" + valeur
                + "\r\n");
        return this;
    }

    Multipart fichiers(String champ, Map<String, String> fichiers) {
        fichiers.forEach((nom, contenu) -> {
            ecrire("--" + separateur + "\r\nContent-Disposition: form-data; name=\"" + champ + "\"; filename=\""
                    + nom + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            ecrire(contenu);
            ecrire("\r\n");
        });
        return this;
    }

    HttpRequest.BodyPublisher corps() {
        ecrire("--" + separateur + "--\r\n");
        return HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray());
    }

    private void ecrire(String texte) {
        corps.writeBytes(texte.getBytes(StandardCharsets.UTF_8));
    }
}
