package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task list over 2 000 tasks of as many dossiers: filters on the dossier's fields, sorting and paging are done by
 * the database, so every page holds the right tasks and the pages together hold each task once. Correctness, not
 * timing. Starting 2 000 process instances takes minutes on a build machine: the dossiers and the engine's rows of a
 * process waiting at its user task (execution, task, candidate link) are written in SQL, as the engine writes them,
 * and removed afterwards.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListeTachesVolumineuseIT {

    private static final int NOMBRE = 2_000;
    /** In each applicant's name, so that the text filter keeps the load apart from the other tests' dossiers. */
    private static final String MARQUE = "Volume-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PROCESSUS = "essai-liste-taches";
    private static final List<String> EQUIPE = List.of(Groupes.EQUIPE);
    /**
     * Far from the ids the other tests' dossiers get: some of their process instances carry numeric business keys
     * without a dossier, which a reused id would join.
     */
    private static final long PREMIER_ID = 900_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    TacheService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    Clock clock;

    LocalDate aujourdhui;
    String deploiement;
    List<Charge> charges = new ArrayList<>();

    /** What each dossier of the load is: a mix of types, statuses and deadlines around today. */
    record Charge(long id, AvisType type, Statut statut, LocalDate echeance) {
    }

    @BeforeAll
    void deuxMilleTaches() {
        aujourdhui = LocalDate.now(clock);
        List<Object[]> lignes = new ArrayList<>();
        for (int i = 0; i < NOMBRE; i++) {
            AvisType type = AvisType.values()[i % AvisType.values().length];
            Statut statut = List.of(Statut.RECU, Statut.EN_ANALYSE, Statut.INCOMPLET).get(i % 3);
            LocalDate echeance = i % 5 == 0 ? null : aujourdhui.plusDays(i % 41 - 12);
            lignes.add(new Object[] {PREMIER_ID + i, "VOLUME-%04d".formatted(i), type.name(), statut.name(),
                    MARQUE + " " + i, echeance == null ? null : Date.valueOf(echeance)});
        }
        jdbc.batchUpdate("""
                insert into dossier (id, reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, echeance, donnees, cree_par, cree_le, version)
                values (?, ?, 2024, ?, ?, ?, 'AUTRE', 'Charge de la liste des tâches', DATE '2024-01-15', ?, JSON '{}',
                        'test', CURRENT_TIMESTAMP, 0)""", lignes);
        jdbc.query("select id, type, statut, echeance from dossier where reference like 'VOLUME-%' order by id",
                rs -> {
                    Date echeance = rs.getDate("echeance");
                    charges.add(new Charge(rs.getLong("id"), AvisType.valueOf(rs.getString("type")),
                            Statut.valueOf(rs.getString("statut")), echeance == null ? null : echeance.toLocalDate()));
                });
        deploiement = repositoryService.createDeployment().name(PROCESSUS).addModelInstance(PROCESSUS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESSUS).camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Volume").name("Traiter la charge").camundaCandidateGroups(Groupes.EQUIPE)
                        .endEvent().done()).deploy().getId();
        String definition = repositoryService.createProcessDefinitionQuery().deploymentId(deploiement).singleResult()
                .getId();
        Instant creation = clock.instant().minus(1, ChronoUnit.DAYS);
        List<Object[]> executions = new ArrayList<>();
        List<Object[]> taches = new ArrayList<>();
        List<Object[]> liens = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            String instance = "volume-pi-" + i;
            String tache = "volume-t-" + i;
            executions.add(new Object[] {instance, instance, instance, String.valueOf(charges.get(i).id()), definition,
                    PROCESSUS});
            taches.add(new Object[] {tache, instance, instance, definition,
                    Timestamp.from(creation.plusSeconds(i))});
            liens.add(new Object[] {"volume-l-" + i, tache});
        }
        jdbc.batchUpdate("""
                insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,
                    ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
                    CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_)
                values (?, 1, ?, ?, ?, ?, 'Task_Volume', true, false, true, false, 1, 0, 1, ?)""", executions);
        jdbc.batchUpdate("""
                insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,
                    PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_, TASK_STATE_)
                values (?, 1, ?, ?, ?, 'Traiter la charge', 'Task_Volume', 50, ?, 1, 'Created')""", taches);
        jdbc.batchUpdate("""
                insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
                values (?, 1, 'equipe', 'candidate', ?)""", liens);
    }

    @AfterAll
    void menage() {
        jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'volume-l-%'");
        jdbc.update("delete from ACT_RU_TASK where ID_ like 'volume-t-%'");
        jdbc.update("delete from ACT_RU_EXECUTION where ID_ like 'volume-pi-%'");
        repositoryService.deleteDeployment(deploiement, true);
        jdbc.update("delete from dossier where reference like 'VOLUME-%'");
    }

    private TacheService.PageTaches chercher(FiltresTaches filtres, int page, int taille) {
        return service.taches("analyste", EQUIPE, filtres, page, taille);
    }

    private static FiltresTaches filtres(AvisType type, Statut statut, FiltresTaches.Echeance echeance,
            FiltresTaches.Attribution attribution, String sort) {
        return FiltresTaches.avecTri(null, type, statut, echeance, MARQUE, attribution, sort);
    }

    @Test
    void the_group_sees_every_task_and_another_group_none() {
        assertThat(chercher(filtres(null, null, null, null, null), 0, 10).total()).isEqualTo(NOMBRE);
        assertThat(service.taches("membre1", List.of(Groupes.CSEF), filtres(null, null, null, null, null), 0, 10)
                .total()).isZero();
    }

    @Test
    void filters_on_the_dossier_count_and_return_only_matching_tasks() {
        long attendus = charges.stream().filter(c -> c.type() == AvisType.APRC && c.statut() == Statut.EN_ANALYSE)
                .count();

        TacheService.PageTaches page = chercher(filtres(AvisType.APRC, Statut.EN_ANALYSE, null, null, null), 0, 500);

        assertThat(page.total()).isEqualTo(attendus).isPositive();
        assertThat(page.taches()).hasSize((int) attendus)
                .allSatisfy(t -> assertThat(t.type()).isEqualTo(AvisType.APRC))
                .allSatisfy(t -> assertThat(t.statut()).isEqualTo(Statut.EN_ANALYSE))
                .allSatisfy(t -> assertThat(t.demandeur().nom()).startsWith(MARQUE));
    }

    @Test
    void deadline_filters_split_the_tasks_from_today() {
        long depassees = charges.stream().filter(c -> c.echeance() != null && c.echeance().isBefore(aujourdhui))
                .count();
        long semaine = charges.stream().filter(c -> c.echeance() != null && !c.echeance().isBefore(aujourdhui)
                && !c.echeance().isAfter(aujourdhui.plusDays(7))).count();
        long sans = charges.stream().filter(c -> c.echeance() == null).count();

        assertThat(chercher(filtres(null, null, FiltresTaches.Echeance.DEPASSEE, null, null), 0, 1).total())
                .isEqualTo(depassees);
        assertThat(chercher(filtres(null, null, FiltresTaches.Echeance.SEPT_JOURS, null, null), 0, 1).total())
                .isEqualTo(semaine);
        assertThat(chercher(filtres(null, null, FiltresTaches.Echeance.AUCUNE, null, null), 0, 1).total())
                .isEqualTo(sans);
        assertThat(chercher(filtres(null, null, FiltresTaches.Echeance.PLUS_TARD, null, null), 0, 1).total())
                .isEqualTo(NOMBRE - depassees - semaine - sans);
    }

    @Test
    void pages_sorted_by_deadline_hold_each_task_once_in_order_with_no_deadline_last() {
        List<TacheView> toutes = new ArrayList<>();
        for (int page = 0; page * 150 < NOMBRE; page++) {
            toutes.addAll(chercher(filtres(null, null, null, null, "echeance"), page, 150).taches());
        }

        assertThat(toutes).hasSize(NOMBRE);
        assertThat(new HashSet<>(toutes.stream().map(TacheView::id).toList())).hasSize(NOMBRE);
        assertThat(toutes.stream().map(TacheView::echeance).toList())
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(toutes.get(0).echeance()).isEqualTo(charges.stream().map(Charge::echeance)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow());
    }

    @Test
    void descending_sort_by_reference_over_pages() {
        List<String> references = IntStream.range(0, 4)
                .mapToObj(page -> chercher(filtres(AvisType.EQUIPEMENT, null, null, null, "reference,desc"), page, 70))
                .flatMap(p -> p.taches().stream()).map(TacheView::reference).toList();

        assertThat(references).hasSize(NOMBRE / AvisType.values().length)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void a_claimed_task_is_found_under_mine_and_no_longer_under_unassigned() {
        TacheView tache = chercher(filtres(AvisType.EPS_FOREM, Statut.RECU, null, null, "reference"), 0, 1)
                .taches().get(0);
        long libres = chercher(filtres(null, null, null, FiltresTaches.Attribution.LIBRE, null), 0, 1).total();
        jdbc.update("update ACT_RU_TASK set ASSIGNEE_ = 'analyste' where ID_ = ?", tache.id());
        try {
            assertThat(chercher(filtres(null, null, null, FiltresTaches.Attribution.MOI, null), 0, 10).taches())
                    .extracting(TacheView::id).containsExactly(tache.id());
            assertThat(chercher(filtres(null, null, null, FiltresTaches.Attribution.LIBRE, null), 0, 1).total())
                    .isEqualTo(libres - 1);
        } finally {
            jdbc.update("update ACT_RU_TASK set ASSIGNEE_ = null where ID_ = ?", tache.id());
        }
    }

    @Test
    void the_api_takes_the_same_filters_and_keeps_its_json_shape() {
        long attendus = charges.stream().filter(c -> c.type() == AvisType.CISP_AGREMENT).count();

        Api.Reponse reponse = new Api(port).get("analyste",
                "/api/taches?q=" + MARQUE + "&type=CISP_AGREMENT&sort=echeance,desc&size=20&page=1");

        assertThat(reponse.status()).isEqualTo(200);
        assertThat(reponse.brute().headers().firstValue("X-Total-Count")).hasValue(String.valueOf(attendus));
        JsonNode premiere = reponse.json().get(0);
        assertThat(reponse.json()).hasSize(20);
        assertThat(premiere.get("cle").asText()).isEqualTo("Task_Volume");
        assertThat(premiere.get("type").asText()).isEqualTo("CISP_AGREMENT");
        assertThat(premiere.at("/demandeur/nom").asText()).startsWith(MARQUE);
        assertThat(premiere.has("echeance")).isTrue();
        assertThat(premiere.has("dossierId")).isTrue();
    }

    @Test
    void an_unknown_sort_is_refused_in_french() {
        Api.Reponse reponse = new Api(port).get("analyste", "/api/taches?sort=couleur");

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("sort");
        assertThat(reponse.json().at("/erreurs/0/message").asText()).startsWith("Impossible de trier sur « couleur »");
    }
}
