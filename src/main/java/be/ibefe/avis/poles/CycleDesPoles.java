package be.ibefe.avis.poles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the delegates of the process {@value Poles#PROCESSUS} share: the pôle of the instance, today by the engine's
 * clock, and the dates its timers wait for. The evaluation opens {@code avis.poles.evaluation-avant-terme} before the
 * term (three months by default), so the Instance can decide the renewal before the pôle's three years end
 * (seed 004 l.35: « renouvelable après évaluation de son fonctionnement par l'Instance bassin »). The task « Évaluer
 * le pôle » is due {@code avis.poles.delai-evaluation} after it opens (one month by default), and before the term.
 */
@Component
class CycleDesPoles {

    private final PoleRepository poles;
    private final ApprobationPoleRepository approbations;
    private final MembrePoleRepository membres;
    private final FicheProjetRepository fiches;
    private final Clock clock;
    private final Period evaluationAvantTerme;
    private final Period delaiEvaluation;

    CycleDesPoles(PoleRepository poles, ApprobationPoleRepository approbations, MembrePoleRepository membres,
            FicheProjetRepository fiches, Clock clock,
            @Value("${avis.poles.evaluation-avant-terme:P3M}") Period evaluationAvantTerme,
            @Value("${avis.poles.delai-evaluation:P1M}") Period delaiEvaluation) {
        this.poles = poles;
        this.approbations = approbations;
        this.membres = membres;
        this.fiches = fiches;
        this.clock = clock;
        this.evaluationAvantTerme = evaluationAvantTerme;
        this.delaiEvaluation = delaiEvaluation;
    }

    Pole pole(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("poleId")).longValue();
        return poles.findById(id).orElseThrow(() -> new IllegalStateException("Pôle n° " + id + " introuvable"));
    }

    /** The process variable that carries the day of the plénière that approved the pôle (ISO date). */
    static final String APPROUVE_LE = "approuveLe";

    /**
     * The day the Instance approved the pôle, from which its term runs (seed 004 l.35): the plénière's date the
     * decision passed on; today for an approval correlated without it (an instance waiting since before it was).
     */
    LocalDate approuveLe(DelegateExecution execution) {
        Object jour = execution.getVariable(APPROUVE_LE);
        return jour == null ? aujourdhui() : LocalDate.parse(jour.toString());
    }

    LocalDate aujourdhui() {
        return LocalDate.now(clock);
    }

    /** When the evaluation of a term from {@code debut} to {@code fin} opens: never before its start. */
    LocalDate evaluation(LocalDate debut, LocalDate fin) {
        LocalDate date = fin.minus(evaluationAvantTerme);
        return date.isBefore(debut) ? debut : date;
    }

    /** The timers' dates: the evaluation's opening and the term, at midnight of the engine's zone. */
    void echeances(DelegateExecution execution, Pole pole) {
        execution.setVariable("dateEvaluation", minuit(pole.getEvaluationLe()));
        execution.setVariable("dateFin", minuit(pole.getFin()));
    }

    /** The term's date as its timer waits for it. */
    Date dateFin(Pole pole) {
        return minuit(pole.getFin());
    }

    /**
     * The due date of the task « Évaluer le pôle », opened today: the evaluation's delay from today, at the end of
     * its day, and at the latest the day before the term (the term's timer closes the pôle at its midnight).
     */
    Date echeanceEvaluation(Pole pole) {
        LocalDate jour = aujourdhui().plus(delaiEvaluation);
        if (pole.getFin() != null && !jour.isBefore(pole.getFin())) {
            jour = pole.getFin().minusDays(1);
        }
        if (jour.isBefore(aujourdhui())) {
            jour = aujourdhui();
        }
        return Date.from(jour.atTime(23, 59, 59).atZone(clock.getZone()).toInstant());
    }

    private Date minuit(LocalDate jour) {
        return Date.from(jour.atStartOfDay(clock.getZone()).toInstant());
    }

    /** The pôle ended (refused or closed): what still waited for the Instance is without object. */
    void terminer(Pole pole) {
        approbations.findByPoleIdOrderByIdAsc(pole.getId()).stream()
                .filter(a -> a.getStatut() == StatutApprobation.A_APPROUVER).forEach(ApprobationPole::sansObjet);
        membres.findByPoleIdOrderByCategorieAscOrganisationAscIdAsc(pole.getId()).forEach(MembrePole::sansObjet);
        fiches.findByPoleIdOrderByIdAsc(pole.getId()).forEach(FicheProjet::sansObjet);
    }

    void soumettre(Pole pole, ObjetApprobation objet) {
        approbations.save(new ApprobationPole(pole, objet, null, clock.instant()));
    }
}
