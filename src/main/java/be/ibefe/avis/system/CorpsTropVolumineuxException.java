package be.ibefe.avis.system;

import java.io.IOException;

/** Thrown while reading a request body that goes past the configured limit: answered 413. */
public class CorpsTropVolumineuxException extends IOException {

    public CorpsTropVolumineuxException(long limite) {
        super("Le corps de la requête dépasse la taille maximale de %s octets.".formatted(Libelles.nombre(limite)));
    }
}
