package be.ibefe.avis.system;

/** Answered 404 with the message as detail. */
public class RessourceIntrouvableException extends RuntimeException {

    public RessourceIntrouvableException(String message) {
        super(message);
    }
}
