package be.ibefe.avis.system;

/** The action clashes with the current state (someone else was faster, the task is taken...): answered 409. */
public class ConflitException extends RuntimeException {

    public ConflitException(String message) {
        super(message);
    }
}
