package be.ibefe.avis.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The text part of an e-mail (found inside its multiparts), decoded. */
public final class TexteCourriel {

    private TexteCourriel() {
    }

    public static String de(Part partie) {
        try {
            if (partie.isMimeType("text/plain")) {
                return (String) partie.getContent();
            }
            if (partie.getContent() instanceof Multipart parties) {
                for (int i = 0; i < parties.getCount(); i++) {
                    BodyPart sous = parties.getBodyPart(i);
                    String texte = de(sous);
                    if (!texte.isEmpty()) {
                        return texte;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
