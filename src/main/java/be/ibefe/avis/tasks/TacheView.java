package be.ibefe.avis.tasks;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of the task list, joined with its dossier, or with its pôle for a task of a pôle's lifecycle.
 *
 * @param echeance the dossier's deadline
 * @param echeanceTache the task's own due date (the engine's {@code due}), null if it has none
 * @param relanceLe the task's follow-up date (the engine's {@code followUp}): when its holder is reminded
 * @param poleId the pôle of a task of its lifecycle (« Évaluer le pôle »), which has no dossier; null otherwise
 * @param poleNom that pôle's name
 */
public record TacheView(String id, String nom, String cle, String assignee, Instant creeLe, Long dossierId,
        String reference, AvisType type, Statut statut, DossierView.DemandeurView demandeur, LocalDate echeance,
        Instant echeanceTache, Instant relanceLe, Long poleId, String poleNom) {

    /** What the task is about, in a message: its dossier's reference, or « pôle « name » »; null for neither. */
    public String designation() {
        return reference != null ? reference : poleNom != null ? "pôle « " + poleNom + " »" : null;
    }
}
