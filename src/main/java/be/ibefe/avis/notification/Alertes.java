package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.system.ClockConfig;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and escalations the models' timers trigger: to whoever holds a task before it is due, to the
 * coordination once a due date is past, to the applicant whose pieces are missing. Each is recorded in the
 * dossier's history and sent once.
 */
@Service
public class Alertes {

    static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ClockConfig.BRUXELLES);

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final Courriels courriels;
    private final Destinataires destinataires;
    private final Traces traces;

    public Alertes(DossierService dossiers, TransitionsDuDossier transitions, Courriels courriels,
            Destinataires destinataires, Traces traces) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.courriels = courriels;
        this.destinataires = destinataires;
        this.traces = traces;
    }

    @Transactional
    public void rappelerTache(long dossierId, Task tache) {
        Dossier dossier = dossiers.charger(dossierId);
        String echeance = tache.getDueDate() == null ? "bientôt" : "le " + JOUR.format(tache.getDueDate().toInstant());
        String sujet = "Rappel : « %s » pour le dossier %s, à faire %s".formatted(tache.getName(),
                dossier.getReference(), echeance);
        for (String adresse : destinataires.pourTache(tache, dossier.getBassin())) {
            courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.RAPPEL_ECHEANCE, tache.getId(), adresse, sujet,
                    texte(dossier, "La tâche « %s » arrive à échéance %s.".formatted(tache.getName(), echeance)), null));
        }
        transitions.consignerRappel(dossier, "« %s » à faire %s".formatted(tache.getName(), echeance),
                traces.maintenant());
    }

    @Transactional
    public void escalader(long dossierId, String etape, String cle) {
        Dossier dossier = dossiers.charger(dossierId);
        Trace trace = traces.maintenant();
        String motif = "%s : échéance du %s dépassée".formatted(etape,
                dossier.getEcheance() == null ? "?" : dossier.getEcheance().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String sujet = "Dossier %s en retard : %s".formatted(dossier.getReference(), etape);
        for (String adresse : destinataires.coordination(dossier.getBassin())) {
            courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.ESCALADE, cle, adresse, sujet,
                    texte(dossier, motif + "."), null));
        }
        transitions.escalader(dossier, motif, trace);
    }

    /**
     * {@code delai}: when the pieces are awaited, in words (« pour le 19 janvier 2027 »); {@code cle}: the reminder's
     * own key, so that pieces asked for a second time are reminded a second time.
     */
    @Transactional
    public void rappelerPieces(long dossierId, String cle, String delai) {
        Dossier dossier = dossiers.charger(dossierId);
        String adresse = dossier.getDemandeur().getEmail();
        if (adresse != null) {
            courriels.envoyer(new Courriels.Courriel(dossierId, NatureEnvoi.RAPPEL_PIECES, cle, adresse,
                    "Votre demande %s : pièces manquantes".formatted(dossier.getReference()),
                    texte(dossier, "Votre demande est incomplète. Il manque : " + dossier.getPiecesManquantes()
                            + ".\nCes pièces sont attendues " + delai
                            + " ; sans elles, la demande sera retirée d'office."), null));
        }
        transitions.consignerRappel(dossier, adresse != null
                ? "pièces manquantes rappelées au demandeur (" + adresse + ")"
                : "pièces manquantes à rappeler au demandeur par courrier (aucune adresse électronique)",
                traces.maintenant());
    }

    private static String texte(Dossier dossier, String message) {
        return """
                Dossier %s — %s
                Demandeur : %s

                %s
                """.formatted(dossier.getReference(), dossier.getObjet(), dossier.getDemandeur().getNom(), message);
    }
}
