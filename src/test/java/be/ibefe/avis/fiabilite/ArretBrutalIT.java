package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.ApplicationRedemarree;
import be.ibefe.avis.support.BasesDeTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.NoeudExterne;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application is killed (SIGKILL, as a power cut) while four clients register dossiers and complete their
 * recevabilité, and its job executor evaluates them. Started again on the same database (an H2 file, or PostgreSQL
 * in the PostgreSQL run), every acknowledged request is there, every dossier has the one process its status says,
 * no process is left without its dossier, and the interrupted work carries on.
 */
class ArretBrutalIT {

    private static final int CLIENTS = 4;
    private static final int DOSSIERS_AVANT_ARRET = 40;

    private final List<String> base = BasesDeTest.nouvelle("arret-brutal");
    private final AtomicReference<String> premiereCoupure = new AtomicReference<>();

    /** Dossiers the API acknowledged (201), and those whose recevabilité it acknowledged (204). */
    private final Set<Long> enregistres = ConcurrentHashMap.newKeySet();
    private final Set<Long> recevables = ConcurrentHashMap.newKeySet();

    @Test
    void a_kill_in_the_middle_of_a_batch_leaves_every_dossier_consistent() throws Exception {
        List<String> arguments = new ArrayList<>(base);
        arguments.addAll(List.of("--camunda.bpm.job-execution.enabled=true", "--avis.securite.bcrypt-cout=4"));
        int appelsInterrompus;
        try (NoeudExterne noeud = NoeudExterne.demarrer("arret-brutal", arguments)) {
            appelsInterrompus = chargerPuisTuer(noeud);
        }
        assertThat(enregistres).as("the kill came in the middle of the batch (first call cut off: %s)",
                premiereCoupure.get()).hasSizeGreaterThanOrEqualTo(
                DOSSIERS_AVANT_ARRET);

        try (ConfigurableApplicationContext apres = ApplicationRedemarree.demarrer("arretBrutal", base)) {
            apres.getBean(Travaux.class).executerEnAttente();
            verifierCoherence(apres);
            reprendre(apres);
        }
        Fiabilite.compter(Fiabilite.ARRETS, "arrêt brutal pendant un lot de " + CLIENTS + " clients, puis redémarrage",
                "dossiers cohérents, travail repris");
        Fiabilite.ajouter(Fiabilite.ARRETS, "dossiers enregistrés avant l'arrêt", "tous retrouvés",
                enregistres.size());
        Fiabilite.ajouter(Fiabilite.ARRETS, "appels en cours au moment de l'arrêt", "aucune trace partielle",
                appelsInterrompus);
    }

    /** Runs the clients until enough dossiers are registered, kills the node, returns the calls it cut off. */
    private int chargerPuisTuer(NoeudExterne noeud) throws InterruptedException {
        Api api = noeud.api();
        AtomicBoolean arret = new AtomicBoolean();
        Set<Integer> interrompus = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            clients.submit(() -> {
                int appel = 0;
                while (!arret.get()) {
                    appel++;
                    try {
                        travailler(api);
                    } catch (UncheckedIOException | AssertionError coupe) {
                        premiereCoupure.compareAndSet(null, coupe.getMessage());
                        interrompus.add(client * 100_000 + appel);
                        return;
                    }
                }
            });
        }
        NoeudExterne.attendre(DOSSIERS_AVANT_ARRET + " dossiers enregistrés avant l'arrêt", Duration.ofMinutes(3),
                Duration.ofMillis(100), () -> enregistres.size() >= DOSSIERS_AVANT_ARRET);
        noeud.tuer();
        arret.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        return interrompus.size();
    }

    /** One dossier registered, then its recevabilité completed: two transactions, each acknowledged or not. */
    private void travailler(Api api) {
        Api.Reponse cree = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere());
        if (cree.status() != 201) {
            throw new AssertionError(cree.status() + " " + cree.corps());
        }
        long id = cree.json().get("id").asLong();
        enregistres.add(id);
        JsonNode tache = null;
        for (JsonNode candidate : api.get("analyste", "/api/taches?dossierId=" + id).json()) {
            tache = candidate;
        }
        if (tache == null) {
            throw new AssertionError("pas de tâche pour " + id);
        }
        Api.Reponse complete = api.post("analyste", "/api/taches/" + tache.get("id").asText() + "/complete",
                Map.of("complet", true));
        if (complete.status() != 204) {
            throw new AssertionError(complete.status() + " " + complete.corps());
        }
        recevables.add(id);
    }

    private void verifierCoherence(ConfigurableApplicationContext contexte) {
        JdbcTemplate sql = contexte.getBean(JdbcTemplate.class);
        DossierService dossiers = contexte.getBean(DossierService.class);
        TaskService taches = contexte.getBean(TaskService.class);
        HistoryService historique = contexte.getBean(HistoryService.class);

        List<Long> enBase = sql.queryForList("select id from dossier", Long.class);
        assertThat(enBase).as("every acknowledged dossier survived the kill").containsAll(enregistres);
        assertThat(sql.queryForList("""
                select p.BUSINESS_KEY_ from ACT_HI_PROCINST p where p.SUPER_PROCESS_INSTANCE_ID_ is null
                and p.PROC_DEF_KEY_ <> 'pole-cycle-de-vie'
                and not exists (select 1 from dossier d where cast(d.id as varchar(20)) = p.BUSINESS_KEY_)""",
                String.class)).as("no dossier's process without its dossier (a pôle's is its pôle's)").isEmpty();

        for (long id : enBase) {
            String cle = String.valueOf(id);
            assertThat(historique.createHistoricProcessInstanceQuery().processInstanceBusinessKey(cle)
                    .rootProcessInstances().count()).as("one process for dossier %d", id).isEqualTo(1);
            assertThat(sql.queryForObject("select count(*) from journal_audit where dossier_id = ?", Long.class, id))
                    .as("the registration of %d is in the audit trail", id).isPositive();
            List<String> actives = taches.createTaskQuery().processInstanceBusinessKey(cle).list().stream()
                    .map(Task::getTaskDefinitionKey).toList();
            Statut statut = dossiers.consulter(id).statut();
            if (recevables.contains(id)) {
                assertThat(statut).as("acknowledged recevabilité of %d", id).isEqualTo(Statut.EN_ANALYSE);
            }
            switch (statut) {
                case RECU -> assertThat(actives).as("dossier %d", id).containsExactly("Task_VerifierRecevabilite");
                case EN_ANALYSE -> {
                    assertThat(actives).as("dossier %d", id).containsExactly("Task_AnalyserDossier");
                    assertThat(dossiers.consulter(id).eligibilite()).as("criteria of %d", id).isNotEmpty();
                }
                default -> throw new AssertionError("dossier " + id + " dans un statut inattendu : " + statut);
            }
        }
    }

    /** The dossiers the kill interrupted carry on: their recevabilité is completed and they reach the analysis. */
    private void reprendre(ConfigurableApplicationContext contexte) {
        TaskService taches = contexte.getBean(TaskService.class);
        taches.createTaskQuery().taskDefinitionKey("Task_VerifierRecevabilite").list()
                .forEach(tache -> taches.complete(tache.getId(), Map.of("complet", true)));
        contexte.getBean(Travaux.class).executerEnAttente();
        DossierService dossiers = contexte.getBean(DossierService.class);
        for (long id : contexte.getBean(JdbcTemplate.class).queryForList("select id from dossier", Long.class)) {
            assertThat(dossiers.consulter(id).statut()).as("dossier %d", id).isEqualTo(Statut.EN_ANALYSE);
        }
    }
}
