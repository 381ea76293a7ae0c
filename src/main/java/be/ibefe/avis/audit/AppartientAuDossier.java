package be.ibefe.avis.audit;

/** An entity whose changes belong to a dossier's audit trail. */
public interface AppartientAuDossier {

    Long dossierAudite();
}
