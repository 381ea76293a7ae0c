package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import java.time.LocalDate;

/** A line of the dossier list (GET /api/dossiers). */
public record DossierResume(Long id, String reference, String bassin, AvisType type, Statut statut,
        DossierView.DemandeurView demandeur, String objet, LocalDate dateReception, LocalDate echeance,
        Decision decision) {

    static DossierResume de(Dossier d) {
        return new DossierResume(d.getId(), d.getReference(), d.getBassin(), d.getType(), d.getStatut(), DossierView.demandeur(d),
                d.getObjet(), d.getDateReception(), d.getEcheance(), d.getDecision());
    }
}
