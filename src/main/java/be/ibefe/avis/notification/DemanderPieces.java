package be.ibefe.avis.notification;

import be.ibefe.avis.lifecycle.Echeances;
import be.ibefe.avis.lifecycle.ProcessDossier;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The dossier is incomplete: the applicant is asked for the pieces at once, with the day by which they are awaited
 * ({@link ProcessDossier#PIECES_ATTENDUES_LE}, which the withdrawal timer follows). The e-mail leaves through the
 * avis-courriels process, so that a mail server that is down delays it without failing the recevabilité.
 */
@Component("demanderPieces")
class DemanderPieces implements JavaDelegate {

    static final String LETTRE_DEMANDE_PIECES = "lettreDemandePieces";

    private final DemandesPieces demandes;
    private final Echeances echeances;

    DemanderPieces(DemandesPieces demandes, Echeances echeances) {
        this.demandes = demandes;
        this.echeances = echeances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate attenduesLe = echeances.piecesAttenduesLe();
        execution.setVariable(ProcessDossier.PIECES_ATTENDUES_LE, attenduesLe.toString());
        DemandesPieces.Demande demande = demandes.demander(ProcessDossier.dossierId(execution), attenduesLe);
        if (demande.parCourriel()) {
            execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
                    LancerEnvoiCourriels.PROCESSUS, execution.getProcessBusinessKey(),
                    Map.of(LETTRE_DEMANDE_PIECES, demande.lettre(),
                            ProcessDossier.PIECES_ATTENDUES_LE, attenduesLe.toString()));
        }
    }
}
