package be.ibefe.avis.banc;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.DossiersEnBase;
import be.ibefe.avis.support.DossiersEnBase.Ligne;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A region's history for the benchmark and the load test: {@code historiques} dossiers of ten years written in SQL
 * ({@code rapport} of them in the report's year), of which {@code ouvertes} are open with a task each, their process
 * started through the engine of the running application.
 */
final class HistoriqueDuBanc {

    static final int ANNEE_RAPPORT = 2024;
    static final String ANALYSTE = "analyste";

    private final ConfigurableApplicationContext app;
    private final BaseDuBanc base;
    private final int historiques;
    private final int rapport;
    private final int ouvertes;
    private final int fils;
    private final int reelsUnSur;

    HistoriqueDuBanc(ConfigurableApplicationContext app, BaseDuBanc base, int historiques, int rapport, int ouvertes,
            int fils, int reelsUnSur) {
        this.app = app;
        this.base = base;
        this.historiques = historiques;
        this.rapport = rapport;
        this.ouvertes = ouvertes;
        this.fils = fils;
        this.reelsUnSur = reelsUnSur;
    }

    /** Dossiers of ten years in SQL; the open ones get their process started through the engine, in bulk. */
    String charger() throws Exception {
        LocalDate aujourdhui = LocalDate.now(app.getBean(Clock.class));
        Random hasard = new Random(2024);
        List<Ligne> lignes = new ArrayList<>(historiques);
        for (int i = 0; i < rapport; i++) {
            lignes.add(dossierDeLAnnee(hasard, i));
        }
        AvisType[] types = AvisType.values();
        for (int i = 0; lignes.size() < historiques - ouvertes; i++) {
            LocalDate reception = LocalDate.of(ANNEE_RAPPORT - 9 + i % 9, 1, 1).plusDays(hasard.nextInt(365));
            lignes.add(Ligne.recu("ANCIEN-" + i, types[hasard.nextInt(types.length)], reception)
                    .categorie(CategorieDemandeur.values()[hasard.nextInt(CategorieDemandeur.values().length)])
                    .notifieApres(hasard.nextInt(8) == 0 ? Decision.DEFAVORABLE : Decision.FAVORABLE,
                            20 + hasard.nextInt(90)));
        }
        // ALE and CISP requests first go through the competence check, which needs their data: the open ones are of
        // the others
        List<AvisType> ouvrables = Arrays.stream(types)
                .filter(t -> t != AvisType.ALE_FORMATION && t != AvisType.CISP_AGREMENT).toList();
        for (int i = 0; i < ouvertes; i++) {
            LocalDate reception = aujourdhui.minusDays(i % 60);
            lignes.add(Ligne.recu("OUVERT-" + i, ouvrables.get(i % ouvrables.size()), reception)
                    .echeance(i % 5 == 0 ? null : aujourdhui.plusDays(i % 41 - 12)));
        }
        long debut = System.nanoTime();
        try (SingleConnectionDataSource chargeur = new SingleConnectionDataSource(base.url()
                + (base.url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", base.utilisateur(), base.motDePasse(), true)) {
            JdbcTemplate jdbc = new JdbcTemplate(chargeur);
            DossiersEnBase.inserer(jdbc, lignes);
            // what autovacuum does in time to rows that old: statistics, and the visibility map of index-only scans
            jdbc.execute("vacuum analyze");
        }
        double sql = (System.nanoTime() - debut) / 1e9;
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Map<String, Object>> ouverts = jdbc.queryForList(
                "select id, type from dossier where reference like 'OUVERT-%' order by id");
        debut = System.nanoTime();
        demarrerEnMasse(ouverts);
        double moteur = (System.nanoTime() - debut) / 1e9;
        jdbc.execute("analyze");
        return ("%d dossiers et leur historique écrits en SQL en %.0f s ; les processus de %d dossiers ouverts "
                + "démarrés par le moteur (%s ; par lots de 50 en %d fils) en %.0f s, soit %.0f par seconde")
                .formatted(lignes.size(), sql, ouverts.size(), reelsUnSur == 1 ? "chacun celui de son type d'avis"
                        : "un sur " + reelsUnSur + " celui de son type d'avis, les autres la recevabilité du moteur nu",
                        fils, moteur, ouverts.size() / moteur);
    }

    /** A dossier of the report's year, with the fates and shares the report benchmark always used. */
    private static Ligne dossierDeLAnnee(Random hasard, int i) {
        LocalDate reception = LocalDate.of(ANNEE_RAPPORT, 1, 1).plusDays(hasard.nextInt(366));
        AvisType[] types = AvisType.values();
        CategorieDemandeur[] categories = CategorieDemandeur.values();
        Ligne ligne = Ligne.recu("BENCH-" + i, types[hasard.nextInt(types.length)], reception)
                .categorie(categories[hasard.nextInt(categories.length)]);
        if (hasard.nextInt(10) < 8) {
            ligne = ligne.echeance(reception.plusDays(60));
        }
        int sort = hasard.nextInt(100);
        int jours = 10 + hasard.nextInt(110);
        return sort < 55 ? ligne.notifieApres(Decision.FAVORABLE, jours)
                : sort < 62 ? ligne.notifieApres(Decision.FAVORABLE_AVEC_RECOMMANDATION, jours)
                : sort < 70 ? ligne.notifieApres(Decision.DEFAVORABLE, jours)
                : sort < 74 ? ligne.clos(Decision.NON_COMPETENT)
                : sort < 77 ? ligne.clos(Decision.RETIRE)
                : sort < 82 ? ligne.decide(Decision.FAVORABLE)
                : sort < 84 ? ligne.ajourne()
                : sort < 92 ? ligne.statut(Statut.EN_ANALYSE)
                : sort < 96 ? ligne.statut(Statut.PRET_POUR_SEANCE)
                : sort < 98 ? ligne.statut(Statut.INCOMPLET)
                : ligne;
    }

    /**
     * One dossier in {@code reelsUnSur} gets the start DossierService makes (its avis process, waiting at the
     * recevabilité); the others, to keep the run short, the bare engine's recevabilité (a user task of the group
     * equipe with its two timers): the same engine rows for the task list to read. One task in ten is then taken by
     * the analyst.
     */
    private void demarrerEnMasse(List<Map<String, Object>> ouverts) throws Exception {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService taskService = app.getBean(TaskService.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        ExecutorService executeur = Executors.newFixedThreadPool(fils);
        try {
            List<Future<?>> lots = new ArrayList<>();
            for (int debut = 0; debut < ouverts.size(); debut += 50) {
                List<Map<String, Object>> lot = ouverts.subList(debut, Math.min(debut + 50, ouverts.size()));
                int rang = debut;
                lots.add(executeur.submit(() -> tx.executeWithoutResult(statut -> {
                    for (int i = 0; i < lot.size(); i++) {
                        AvisType type = AvisType.valueOf((String) lot.get(i).get("type"));
                        String cle = String.valueOf(lot.get(i).get("id"));
                        runtime.startProcessInstanceByKey((rang + i) % reelsUnSur == 0 ? type.processKey()
                                : "banc-nu-recevabilite", cle, Map.of(DossierService.VARIABLE_TYPE, type.name()));
                        if ((rang + i) % 10 == 1) {
                            taskService.setAssignee(taskService.createTaskQuery().processInstanceBusinessKey(cle)
                                    .singleResult().getId(), ANALYSTE);
                        }
                    }
                })));
            }
            for (Future<?> lot : lots) {
                lot.get();
            }
        } finally {
            executeur.shutdown();
        }
    }
}
