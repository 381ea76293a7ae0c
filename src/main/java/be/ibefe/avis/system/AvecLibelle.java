package be.ibefe.avis.system;

/** A code that carries its own French label (its constructor asks for it, so a new constant cannot lack one). */
public interface AvecLibelle {

    String libelle();
}
