package be.ibefe.avis.tasks;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of the task list, joined with its dossier.
 *
 * @param echeance the dossier's deadline
 * @param echeanceTache the task's own due date (the engine's {@code due}), null if it has none
 * @param relanceLe the task's follow-up date (the engine's {@code followUp}): when its holder is reminded
 */
public record TacheView(String id, String nom, String cle, String assignee, Instant creeLe, Long dossierId,
        String reference, AvisType type, Statut statut, DossierView.DemandeurView demandeur, LocalDate echeance,
        Instant echeanceTache, Instant relanceLe) {
}
