package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.AvisIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task list joins a task to the dossier its process's business key names. A key that names no dossier (not a
 * number, a number too long for an id, an id written with a leading zero) lists its task without a dossier, and
 * neither breaks the list nor joins another dossier; the dossier's own id joins it.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TachesSansDossierIT {

    private static final String PROCESSUS = "essai-taches-sans-dossier";
    /** In the tasks' name, so that the text filter finds them and no other test's. */
    private static final String MARQUE = "Sans-dossier-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> EQUIPE = List.of(Groupes.EQUIPE);

    @Autowired
    TacheService service;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcTemplate jdbc;

    String deploiement;
    long dossierId;
    /** Business key of each instance's task, by task id. */
    Map<String, String> cles = new HashMap<>();

    @BeforeAll
    void tachesAuxClesDiverses() {
        jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version)
                values (?, 2024, 'EQUIPEMENT', 'RECU', 'Athénée de Huy', 'ECOLE', 'Banc hydraulique',
                        DATE '2024-01-15', JSON '{}', 'test', CURRENT_TIMESTAMP, 0)""", MARQUE);
        dossierId = jdbc.queryForObject("select id from dossier where reference = ?", Long.class, MARQUE);
        deploiement = repositoryService.createDeployment().name(PROCESSUS).addModelInstance(PROCESSUS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESSUS).camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_SansDossier").name("Traiter " + MARQUE)
                        .camundaCandidateGroups(Groupes.EQUIPE).endEvent().done()).deploy().getId();
        for (String cle : List.of(String.valueOf(dossierId), "avis-" + dossierId, "0" + dossierId,
                "99999999999999999999" + dossierId)) {
            String instance = runtimeService.startProcessInstanceByKey(PROCESSUS, cle).getId();
            cles.put(jdbc.queryForObject("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", String.class,
                    instance), cle);
        }
    }

    @AfterAll
    void menage() {
        repositoryService.deleteDeployment(deploiement, true);
        jdbc.update("delete from dossier where id = ?", dossierId);
    }

    @Test
    void only_the_dossiers_own_id_joins_it_in_the_whole_list() {
        TacheService.PageTaches toutes = service.taches("analyste", EQUIPE, FiltresTaches.AUCUN, 0, 10_000);

        assertThat(toutes.total()).isEqualTo(toutes.taches().size());
        Map<String, Long> dossierParCle = toutes.taches().stream().filter(t -> cles.containsKey(t.id()))
                .collect(HashMap::new, (m, t) -> m.put(cles.get(t.id()), t.dossierId()), HashMap::putAll);
        assertThat(dossierParCle).containsOnlyKeys(cles.values()).containsEntry(String.valueOf(dossierId), dossierId);
        assertThat(dossierParCle.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey))
                .containsExactly(String.valueOf(dossierId));
    }

    @Test
    void sorted_on_the_dossier_the_tasks_without_one_come_last_and_are_counted() {
        TacheService.PageTaches page = service.taches("analyste", EQUIPE,
                FiltresTaches.avecTri(null, null, null, null, MARQUE, null, "reference"), 0, 10);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.taches()).extracting(TacheView::dossierId).containsExactly(dossierId, null, null, null);
        assertThat(page.taches().get(0).reference()).isEqualTo(MARQUE);
    }

    @Test
    void a_page_past_the_last_still_tells_the_total() {
        TacheService.PageTaches page = service.taches("analyste", EQUIPE,
                FiltresTaches.avecTri(null, null, null, null, MARQUE, null, "reference"), 3, 2);

        assertThat(page.taches()).isEmpty();
        assertThat(page.total()).isEqualTo(4);
    }
}
