package be.ibefe.avis.demo;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.exploitation.Profils;
import be.ibefe.avis.seance.ApprobationPvView;
import be.ibefe.avis.seance.ApprobationsPv;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.NaturePoint;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.seance.SeanceView;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.tasks.TacheService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A dossier's life as the équipe and the coordination drive it, through the application's services: registration
 * by the coordinateur (who also confirms a NON_COMPETENT proposal), recevabilité and analysis by the analyste through
 * the task list and the forms, a CSEF séance that approves the previous séance's procès-verbal and deliberates, closure
 * and notification, then the Instance plénière that validates the CSEF's avis. Serves the demonstration year and the
 * benchmark; each call acts in the name of its user on the calling thread only.
 */
@Component
@Profile(Profils.DEMO)
public class Parcours {

    private final DossierService dossiers;
    private final TacheService taches;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final SeanceService seances;
    private final Mandats mandats;
    private final ObjectMapper json;
    private final ApprobationsPv approbationsPv;

    public Parcours(DossierService dossiers, TacheService taches, TaskService taskService,
            RuntimeService runtimeService, ManagementService managementService, SeanceService seances,
            Mandats mandats, ObjectMapper json, ApprobationsPv approbationsPv) {
        this.approbationsPv = approbationsPv;
        this.dossiers = dossiers;
        this.taches = taches;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.seances = seances;
        this.mandats = mandats;
        this.json = json;
    }

    /** What a séance decides on a dossier of its agenda. */
    public record AvisRendu(long dossierId, Decision decision, String recommandation) {
    }

    /** Registers the request (the JSON body of {@code POST /api/dossiers}) and returns the dossier's id. */
    public long enregistrer(ObjectNode corps) {
        agirEnTantQue("coordinateur", Groupes.COORDINATION);
        try {
            return dossiers.enregistrer(json.treeToValue(corps, NouveauDossier.class)).dossier().id();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Recevabilité then analysis, by the analyst, through the task list and the forms. */
    public void instruire(long id, Decision attendue) {
        verifierRecevabilite(id);
        analyser(id, attendue);
    }

    /** The analyst finds the request complete; the evaluation of the criteria that follows is run at once. */
    public void verifierRecevabilite(long id) {
        terminer(id, "Task_VerifierRecevabilite", Map.of("complet", true), "analyste", Groupes.EQUIPE);
        executerTravaux(id);
    }

    /** The analyst proposes the avis the séance will give. */
    public void analyser(long id, Decision attendue) {
        terminer(id, "Task_AnalyserDossier", Map.of("propositionAvis",
                attendue == Decision.DEFAVORABLE ? "DEFAVORABLE" : "FAVORABLE",
                "motivation", "Analyse de l'équipe au regard des critères du type."), "analyste", Groupes.EQUIPE);
    }

    /** The coordinateur confirms the competence rule's NON_COMPETENT proposal: the dossier is closed in his name. */
    public void confirmerNonCompetent(long id) {
        terminer(id, "Task_ConfirmerCompetence", Map.of("confirmer", true), "coordinateur", Groupes.COORDINATION);
    }

    /**
     * The analyst finds pieces missing; they never come. The reminder and the withdrawal are the system's, at their
     * due dates: a replay ({@link Chronologie}) runs them then.
     */
    public void laisserIncomplet(long id) {
        terminer(id, "Task_VerifierRecevabilite", Map.of("complet", false,
                "piecesManquantes", "Convention de partenariat signée par chaque partenaire"), "analyste",
                Groupes.EQUIPE);
    }

    /**
     * Runs the dossier's asynchronous steps that are due now (the evaluation of the criteria, the production of the
     * letters, then the sending of the e-mails), as the job executor would; timers are left to their date. An
     * instance whose jobs ran is looked at again, for the step that follows in it.
     */
    public void executerTravaux(long id) {
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).list()) {
            for (int passe = 0; ; passe++) {
                List<Job> prets = managementService.createJobQuery().processInstanceId(instance.getId()).messages()
                        .list();
                if (prets.isEmpty()) {
                    break;
                }
                if (passe == 10) {
                    throw new IllegalStateException("Les travaux asynchrones du dossier " + id
                            + " se relancent sans fin.");
                }
                prets.forEach(job -> managementService.executeJob(job.getId()));
            }
        }
    }

    private void terminer(long id, String cle, Map<String, Object> champs, String login, String groupe) {
        Task tache = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(cle).singleResult();
        agirEnTantQue(login, groupe);
        try {
            taches.terminer(tache.getId(), json.valueToTree(champs), login, List.of(groupe));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A CSEF séance on that date, every member in office present: the dossiers are put on its agenda, deliberated
     * and the séance is closed, which sends them on to notification. Returns the séance's id.
     */
    public long tenirSeance(LocalDate date, List<AvisRendu> avis) {
        agirEnTantQue("coordinateur", Groupes.COORDINATION);
        try {
            long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.CSEF, date, "Liège, Espace Natalis",
                    mandats.enCours(Chambre.CSEF, date).stream().map(Mandat::getMembre).toList())).id();
            for (ApprobationPvView precedent : seances.consulter(seance).approbationsPv()) {
                approbationsPv.approuver(seance, new ApprobationsPv.Approbation(precedent.seanceId(), true, null,
                        null, null, null, null, null));
            }
            for (AvisRendu rendu : avis) {
                seances.inscrire(seance, rendu.dossierId());
                seances.deliberer(seance, new SeanceService.Deliberation(rendu.dossierId(), rendu.decision(),
                        motivation(rendu.decision()), rendu.recommandation(), 5, 0, 0, null, null, null));
            }
            seances.cloturer(seance);
            return seance;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A séance of the Instance plénière on that date, every member in office present: it approves the previous
     * plénière's procès-verbal, takes up what waits for it (the CSEF avis to validate, the Bureau's decisions to
     * ratify), confirms them all en bloc, by consensus, and is closed, which ends the processes that waited for it.
     * Returns the séance's id.
     */
    public long tenirPleniere(LocalDate date) {
        agirEnTantQue("coordinateur", Groupes.COORDINATION);
        try {
            long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.INSTANCE_PLENIERE, date,
                    "Liège, Espace Natalis", mandats.enCours(Chambre.INSTANCE_PLENIERE, date).stream()
                            .map(Mandat::getMembre).toList())).id();
            for (ApprobationPvView precedent : seances.consulter(seance).approbationsPv()) {
                approbationsPv.approuver(seance, new ApprobationsPv.Approbation(precedent.seanceId(), true, null,
                        null, null, null, null, null));
            }
            List<Long> soumis = seances.construireOrdreDuJour(seance).points().stream()
                    .filter(p -> p.nature() == NaturePoint.VALIDATION || p.nature() == NaturePoint.RATIFICATION)
                    .map(SeanceView.PointView::dossierId).toList();
            if (!soumis.isEmpty()) {
                seances.ratifierEnBloc(seance, new SeanceService.RatificationEnBloc(soumis, null, null, null, null,
                        null, null));
            }
            seances.cloturer(seance);
            return seance;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String motivation(Decision decision) {
        return decision == Decision.DEFAVORABLE
                ? "Les heures demandées ne correspondent pas aux besoins du bassin et le public visé n'est pas éligible."
                : "La demande rencontre les critères et répond aux besoins du bassin.";
    }

    private static void agirEnTantQue(String login, String groupe) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + groupe))));
    }
}
