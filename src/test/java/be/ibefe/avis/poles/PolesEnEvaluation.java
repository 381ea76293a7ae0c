package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.system.ClockConfig;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives a pôle's lifecycle for the tests: a plénière's decision, its timers passed with the engine's clock; and a
 * pôle of Liège under evaluation for the tests of its task « Évaluer le pôle » (proposed, approved by a plénière on
 * {@code jour}, then its evaluation opened by its timer, the engine's clock reset after).
 */
@Component
public final class PolesEnEvaluation {

    private final Poles poles;
    private final SeanceService seances;
    private final Mandats mandats;
    private final ManagementService management;
    private final TaskService taches;
    private final RuntimeService runtime;

    PolesEnEvaluation(Poles poles, SeanceService seances, Mandats mandats, ManagementService management,
            TaskService taches, RuntimeService runtime) {
        this.poles = poles;
        this.seances = seances;
        this.mandats = mandats;
        this.management = management;
        this.taches = taches;
        this.runtime = runtime;
    }

    /** The pôle and its open task « Évaluer le pôle », offered to the coordination of Liège. */
    public record PoleEnEvaluation(long poleId, String nom, String tacheId) {
    }

    public PoleEnEvaluation enEvaluation(String nom, LocalDate jour) {
        ClockUtil.setCurrentTime(Date.from(jour.atTime(10, 0).atZone(ClockConfig.BRUXELLES).toInstant()));
        try {
            PoleView pole = poles.creer(new PoleSaisi("LIE", NaturePole.POLE, nom, "Construction durable", null, 36,
                    List.of()));
            decider(pole.id(), "CREATION", true, jour);
            String instance = instance(pole.id()).getId();
            passer(minuterie(instance, "Event_DateEvaluation"));
            Task tache = taches.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(Poles.TACHE_EVALUATION).singleResult();
            return new PoleEnEvaluation(pole.id(), nom, tache.getId());
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * A plénière of the pôle's bassin on {@code jour} decides the one point of that object waiting for it, on its day
     * or later: the engine's clock is moved to that day if it is before it (the caller resets it).
     */
    public void decider(long poleId, String objet, boolean approuve, LocalDate jour) {
        JourDeSeance.auPlusTot(jour);
        String bassin = poles.consulter(poleId).bassin();
        PoleView.Approbation point = poles.approbationsEnAttente().stream()
                .filter(a -> a.poleId() == poleId && a.objet().equals(objet)).findFirst().orElseThrow();
        long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.INSTANCE_PLENIERE, jour, "Liège",
                mandats.enCours(bassin, Chambre.INSTANCE_PLENIERE, jour).stream().map(Mandat::getMembre).toList(),
                List.of(), bassin)).id();
        poles.decider(point.id(), new DecisionInstanceSaisie(seance, approuve, approuve ? null : "Pas de moyens."));
    }

    /** The pôle's running process instance. */
    public ProcessInstance instance(long poleId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(Poles.cle(poleId)).singleResult();
    }

    /** The one timer of the instance waiting at {@code activite}. */
    public Job minuterie(String instance, String activite) {
        List<Job> jobs = management.createJobQuery().timers().activityId(activite).processInstanceId(instance).list();
        assertThat(jobs).as("minuterie %s", activite).hasSize(1);
        return jobs.get(0);
    }

    /** The engine's clock set just past the timer, which then fires; the test resets the clock. */
    public void passer(Job minuterie) {
        ClockUtil.setCurrentTime(new Date(minuterie.getDuedate().getTime() + 1000));
        management.executeJob(minuterie.getId());
    }
}
