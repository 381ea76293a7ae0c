package be.ibefe.avis.system;

/** The caller is known but may not do this: answered 403. */
public class ActionInterditeException extends RuntimeException {

    public ActionInterditeException(String message) {
        super(message);
    }
}
