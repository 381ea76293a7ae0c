package be.ibefe.avis.dossier;

import be.ibefe.avis.system.ConflitException;

/** A step tried to change a dossier in a status where that step makes no sense: a conflict with its state. */
public class TransitionInterditeException extends ConflitException {

    public TransitionInterditeException(String message) {
        super(message);
    }
}
