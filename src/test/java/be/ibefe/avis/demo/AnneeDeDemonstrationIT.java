package be.ibefe.avis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.ibefe.avis.AvisApplication;
import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.audit.Origines;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.report.ActiviteType;
import be.ibefe.avis.report.Compteurs;
import be.ibefe.avis.report.Delais;
import be.ibefe.avis.report.DelaisType;
import be.ibefe.avis.report.RapportActivite;
import be.ibefe.avis.report.RapportService;
import be.ibefe.avis.report.SeanceTenue;
import be.ibefe.avis.report.SeancesDeLAnnee;
import be.ibefe.avis.report.Statistiques;
import be.ibefe.avis.report.StatistiquesService;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.system.ClockConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demonstration year reproduces the 2024 Liège figures of the activity report, and is replayed at its
 * historical dates: delays read as they would have in 2024, history, journal and tasks are dated 2024, and the real
 * clock is back afterwards. It runs on a database of its own (in-memory H2, also in the PostgreSQL run: what is
 * checked is the data set, not the database), so that no other test's 2024 dossier counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnneeDeDemonstrationIT {

    static final String CSEF = "CSEF";
    static final String PLENIERE = "Instance plénière";

    ConfigurableApplicationContext application;
    AnneeDeDemonstration annee;
    int charges;

    @BeforeAll
    void chargerLAnnee() {
        application = new SpringApplicationBuilder(AvisApplication.class)
                .profiles("demo", "test")
                .run("--server.port=0", "--camunda.bpm.process-engine-name=demonstration",
                        "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        // the job executor runs, as in production: the replay pauses it and gives it back
                        "--camunda.bpm.job-execution.enabled=true",
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
        annee = application.getBean(AnneeDeDemonstration.class);
        // nothing is left for later: the replay ran every step of the year at its date (see the history test)
        charges = annee.charger();
    }

    @AfterAll
    void arreter() {
        SecurityContextHolder.clearContext();
        application.close();
    }

    @Test
    void the_demonstration_year_gives_the_2024_liege_figures() {
        assertThat(charges).isEqualTo(9 + 8 + 4 + 15 + 1 + 142);
        assertThat(annee.charger()).as("a second load adds nothing").isZero();

        RapportActivite rapport = application.getBean(RapportService.class).rapportActivite(2024);
        Map<AvisType, Compteurs> parType = rapport.types().stream()
                .collect(Collectors.toMap(ActiviteType::type, ActiviteType::compteurs));
        assertThat(parType.get(AvisType.CISP_AGREMENT)).isEqualTo(new Compteurs(9, 9, 8, 0, 1, 0, 0, 0));
        assertThat(parType.get(AvisType.CREDIT_ADAPTATION)).isEqualTo(new Compteurs(8, 8, 8, 1, 0, 0, 0, 0));
        assertThat(parType.get(AvisType.ALE_FORMATION)).isEqualTo(new Compteurs(4, 2, 2, 0, 0, 2, 0, 0));
        assertThat(parType.get(AvisType.APRC)).isEqualTo(new Compteurs(15, 10, 10, 0, 0, 0, 0, 5));
        assertThat(parType.get(AvisType.EPS_FOREM)).isEqualTo(new Compteurs(1, 1, 1, 0, 0, 0, 0, 0));
        assertThat(parType.get(AvisType.EQUIPEMENT)).isEqualTo(new Compteurs(142, 142, 142, 0, 0, 0, 0, 0));
        assertThat(parType.get(AvisType.POLE_OPPORTUNITE)).isEqualTo(Compteurs.ZERO);
        assertThat(parType.get(AvisType.INTERPELLATION)).isEqualTo(Compteurs.ZERO);

        assertThat(application.getBean(SeancesDeLAnnee.class).seancesTenues(2024).stream().collect(
                Collectors.groupingBy(SeanceTenue::chambre, Collectors.mapping(SeanceTenue::date, Collectors.toList()))))
                .as("the séances of the year by chambre, as Liège's 2024 report lists them (table 1)")
                .containsOnly(Map.entry(CSEF, AnneeDeDemonstration.SEANCES_2024),
                        Map.entry(PLENIERE, AnneeDeDemonstration.PLENIERES_2024));
        assertThat(AnneeDeDemonstration.PLENIERES_2024).containsExactly(LocalDate.of(2024, 1, 22),
                LocalDate.of(2024, 3, 25), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 9, 9),
                LocalDate.of(2024, 10, 14), LocalDate.of(2024, 12, 9));
        assertThat(application.getBean(JdbcTemplate.class).queryForList("""
                select s.chambre, s.date_seance as seance, a.date_seance as approuve_par from seance s
                left join approbation_pv p on p.id = s.approbation_pv_id left join seance a on a.id = p.seance_id
                order by s.chambre, s.date_seance""")
                .stream().map(l -> l.values().stream().map(String::valueOf).toList()))
                .as("each séance approves the PV of the previous one of the same body; the last PV is provisional")
                .containsExactly(List.of("CSEF", "2024-01-30", "2024-03-26"), List.of("CSEF", "2024-03-26", "2024-05-28"),
                        List.of("CSEF", "2024-05-28", "2024-06-18"), List.of("CSEF", "2024-06-18", "2024-09-24"),
                        List.of("CSEF", "2024-09-24", "2024-11-19"), List.of("CSEF", "2024-11-19", "null"),
                        List.of("INSTANCE_PLENIERE", "2024-01-22", "2024-03-25"),
                        List.of("INSTANCE_PLENIERE", "2024-03-25", "2024-05-27"),
                        List.of("INSTANCE_PLENIERE", "2024-05-27", "2024-09-09"),
                        List.of("INSTANCE_PLENIERE", "2024-09-09", "2024-10-14"),
                        List.of("INSTANCE_PLENIERE", "2024-10-14", "2024-12-09"),
                        List.of("INSTANCE_PLENIERE", "2024-12-09", "null"));
    }

    /**
     * Each plénière validates, en bloc and by consensus, the avis of the CSEF séances held since the previous one:
     * every avis the CSEF gave in 2024 is validated once, at the first plénière after its séance, and its process
     * ends that day.
     */
    @Test
    void a_load_interrupted_before_its_last_pleniere_stops_the_next_start_instead_of_showing_part_of_the_year() {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        assertThat(annee.dejaChargee()).isTrue();
        // what a load killed before the plénière of 9 December 2024 leaves: the year's first requests are there,
        // that plénière is not held
        String statut = "update seance set statut = ? where chambre = 'INSTANCE_PLENIERE' and date_seance = ?";
        assertThat(jdbc.update(statut, "PLANIFIEE", LocalDate.of(2024, 12, 9))).isEqualTo(1);
        try {
            // ChargementDemonstration, which loads the year at start-up, asks this first: its failure stops the start
            assertThatThrownBy(annee::dejaChargee)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Démarrage refusé : l'année de démonstration 2024 n'est chargée qu'en partie : sa "
                            + "dernière séance de l'Instance plénière, le 09/12/2024, n'a pas été tenue (un démarrage "
                            + "précédent a été interrompu pendant le chargement, ou une version antérieure l'a chargée "
                            + "sans ses plénières). Videz la base (sur la base embarquée, le dossier des données : "
                            + "avis.donnees, ./data par défaut) pour la charger entière au prochain démarrage, ou "
                            + "démarrez sans le profil demo-2024.");
            assertThatThrownBy(annee::charger).as("nothing is replayed over part of a year")
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            jdbc.update(statut, "CLOTUREE", LocalDate.of(2024, 12, 9));
        }
        assertThat(annee.dejaChargee()).isTrue();
    }

    @Test
    void each_pleniere_validates_en_bloc_the_csef_avis_given_since_the_previous_one() {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        Map<String, List<String>> valideesPar = jdbc.queryForList("""
                select distinct o.date_seance as csef, p.date_seance as pleniere
                  from point_ordre_du_jour v join seance p on p.id = v.seance_id
                  join seance o on o.id = v.origine_seance_id
                 where v.nature = 'VALIDATION' and v.statut = 'VALIDE' and v.en_bloc and v.votes_pour is null
                   and o.chambre = 'CSEF' and p.chambre = 'INSTANCE_PLENIERE'
                 order by o.date_seance""").stream()
                .collect(Collectors.groupingBy(l -> String.valueOf(l.get("pleniere")), java.util.TreeMap::new,
                        Collectors.mapping(l -> String.valueOf(l.get("csef")), Collectors.toList())));
        assertThat(valideesPar).containsExactly(Map.entry("2024-03-25", List.of("2024-01-30")),
                Map.entry("2024-05-27", List.of("2024-03-26")),
                Map.entry("2024-09-09", List.of("2024-05-28", "2024-06-18")),
                Map.entry("2024-10-14", List.of("2024-09-24")), Map.entry("2024-12-09", List.of("2024-11-19")));
        assertThat(jdbc.queryForObject("select count(*) from point_ordre_du_jour where nature = 'VALIDATION'",
                Long.class)).as("every avis of the CSEF, validated once").isEqualTo(9 + 8 + 2 + 10 + 1 + 142)
                .isEqualTo(jdbc.queryForObject("select count(*) from point_ordre_du_jour where nature = "
                        + "'DELIBERATION' and statut = 'DELIBERE'", Long.class));
        assertThat(jdbc.queryForObject("select count(*) from point_ordre_du_jour where nature in "
                + "('VALIDATION', 'RATIFICATION') and statut <> 'VALIDE'", Long.class)).isZero();

        HistoryService historique = application.getBean(HistoryService.class);
        List<HistoricActivityInstance> confirmes = historique.createHistoricActivityInstanceQuery()
                .activityId("EndEvent_AvisConfirme").list();
        assertThat(confirmes).hasSize(9 + 8 + 2 + 10 + 1 + 142).allSatisfy(fin -> assertThat(
                fin.getEndTime().toInstant().atZone(ClockConfig.BRUXELLES).toLocalDate())
                .isIn(AnneeDeDemonstration.PLENIERES_2024));
        assertThat(application.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                .count()).as("no demo process still waits").isZero();
    }

    /**
     * The expectation is computed from the demo data: a dossier decided in séance is notified on the day of the
     * first séance more than 20 days after its reception (the demo's agenda rule). The ALE requests the CSEF is not
     * competent for are closed, not notified: they have no processing time.
     */
    @Test
    void processing_times_read_as_in_2024() {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        List<Map<String, Object>> notifies = jdbc.queryForList("""
                select type, decision, date_reception from dossier where annee = 2024 and statut = 'NOTIFIE'""");
        assertThat(notifies).hasSize(9 + 8 + 2 + 10 + 1 + 142);
        Map<String, long[]> attendus = notifies.stream().collect(Collectors.groupingBy(
                ligne -> (String) ligne.get("type"), Collectors.collectingAndThen(Collectors.toList(),
                        lignes -> lignes.stream().mapToLong(this::joursAttendus).sorted().toArray())));
        long[] tous = notifies.stream().mapToLong(this::joursAttendus).sorted().toArray();

        Statistiques statistiques = application.getBean(StatistiquesService.class).statistiques(2024);

        Map<AvisType, Delais> parType = statistiques.types().stream()
                .collect(Collectors.toMap(DelaisType::type, DelaisType::delais));
        attendus.forEach((type, jours) -> assertThat(parType.get(AvisType.valueOf(type)).delaiMedianJours())
                .as("médiane " + type).isEqualByComparingTo(mediane(jours)));
        assertThat(parType.get(AvisType.EQUIPEMENT).delaiMedianJours()).as("du 15 février au 26 mars")
                .isEqualByComparingTo("40");
        assertThat(statistiques.totaux().notifies()).isEqualTo(tous.length);
        assertThat(statistiques.totaux().delaiMedianJours()).isEqualByComparingTo(mediane(tous))
                .isLessThan(BigDecimal.valueOf(120));
        assertThat(statistiques.totaux().delaiP90Jours()).isLessThan(BigDecimal.valueOf(120));
    }

    @Test
    void history_journal_and_tasks_are_dated_2024_and_the_journal_says_the_demo_loading_wrote_them() {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        List<Long> ids = jdbc.queryForList("select id from dossier where reference_externe like 'DEMO-2024-%'",
                Long.class);
        assertThat(ids).hasSize(179);
        Instant debut2024 = LocalDate.of(2024, 1, 1).atStartOfDay(ClockConfig.BRUXELLES).toInstant();
        Instant fin2024 = LocalDate.of(2025, 1, 1).atStartOfDay(ClockConfig.BRUXELLES).toInstant();

        assertThat(jdbc.queryForList("""
                select h.horodatage from dossier_historique h join dossier d on d.id = h.dossier_id
                 where d.reference_externe like 'DEMO-2024-%'""", java.sql.Timestamp.class))
                .isNotEmpty().allSatisfy(t -> assertThat(t.toInstant()).isBetween(debut2024, fin2024));
        assertThat(jdbc.queryForList("select cree_le from dossier where reference_externe like 'DEMO-2024-%'",
                java.sql.Timestamp.class)).allSatisfy(t -> assertThat(t.toInstant()).isBetween(debut2024, fin2024));
        assertThat(jdbc.queryForList("""
                select e.envoye_le from envoi e join dossier d on d.id = e.dossier_id
                 where d.reference_externe like 'DEMO-2024-%'""", java.sql.Timestamp.class))
                .isNotEmpty().allSatisfy(t -> assertThat(t.toInstant()).isBetween(debut2024, fin2024));

        List<Journal.Entree> journal = ids.stream()
                .flatMap(id -> application.getBean(Journal.class).duDossier(id).stream()).toList();
        assertThat(journal).isNotEmpty().allSatisfy(entree -> {
            assertThat(entree.horodatage()).isBetween(debut2024, fin2024);
            assertThat(entree.origine()).isEqualTo(Origines.CHARGEMENT_DEMONSTRATION);
            assertThat(entree.utilisateur()).isIn(CurrentUser.SYSTEME, "coordinateur", "analyste");
        });
        // what the system did on its own (the withdrawal of the APRC left incomplete) is the system's
        assertThat(jdbc.queryForList("""
                select h.utilisateur from dossier_historique h join dossier d on d.id = h.dossier_id
                 where d.type = 'APRC' and h.statut = 'CLOS'""", String.class))
                .hasSize(5).containsOnly(CurrentUser.SYSTEME);
        // the dossier is registered on its reception day, by the coordinateur the demo scripts
        java.sql.Timestamp creeLe = jdbc.queryForObject(
                "select cree_le from dossier where reference_externe = 'DEMO-2024-CISP-1'", java.sql.Timestamp.class);
        assertThat(creeLe.toInstant().atZone(ClockConfig.BRUXELLES).toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 5));

        HistoryService historique = application.getBean(HistoryService.class);
        List<HistoricProcessInstance> instances = historique.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(ids.stream().map(String::valueOf).toArray(String[]::new)).list();
        assertThat(instances).isNotEmpty().allSatisfy(instance -> {
            assertThat(instance.getStartTime().toInstant()).isBetween(debut2024, fin2024);
            assertThat(instance.getEndTime()).as("every demo process ran to its end").isNotNull();
            assertThat(instance.getEndTime().toInstant()).isBetween(debut2024, fin2024);
        });
        Set<String> instancesDemo = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        List<HistoricTaskInstance> taches = historique.createHistoricTaskInstanceQuery().list().stream()
                .filter(tache -> instancesDemo.contains(tache.getProcessInstanceId())).toList();
        assertThat(taches).isNotEmpty().allSatisfy(tache -> {
            assertThat(tache.getStartTime().toInstant()).isBetween(debut2024, fin2024);
            assertThat(tache.getEndTime().toInstant()).isBetween(debut2024, fin2024);
            if (tache.getDueDate() != null) {
                assertThat(tache.getDueDate().toInstant()).isBetween(debut2024, fin2024);
            }
        });
        assertThat(taches).filteredOn(t -> "Task_VerifierRecevabilite".equals(t.getTaskDefinitionKey()))
                .isNotEmpty().allSatisfy(t -> assertThat(Duration.between(t.getStartTime().toInstant(),
                        t.getDueDate().toInstant()).toDays()).isBetween(9L, 10L));
    }

    @Test
    void the_real_clock_is_back_after_loading() {
        assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000);
        assertThat(application.getBean(Clock.class).instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordinateur", null, List.of(new SimpleGrantedAuthority("ROLE_" + Groupes.COORDINATION))));
        long id = application.getBean(Parcours.class).enregistrer(Demandes.cispNouvelleFiliere()
                .put("dateReception", LocalDate.now(ClockConfig.BRUXELLES).toString()).putNull("echeance")
                .put("referenceExterne", "APRES-" + UUID.randomUUID()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordinateur", null, List.of(new SimpleGrantedAuthority("ROLE_" + Groupes.COORDINATION))));
        DossierView dossier = application.getBean(DossierService.class).consulter(id);
        SecurityContextHolder.clearContext();

        assertThat(dossier.creeLe()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(dossier.historique()).allSatisfy(h -> assertThat(h.date())
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES)));
        assertThat(application.getBean(Journal.class).duDossier(id)).isNotEmpty().allSatisfy(entree -> {
            assertThat(entree.horodatage()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
            assertThat(entree.origine()).isNull();
        });
    }

    @Test
    void a_failed_replay_gives_the_real_clock_back_and_no_request_is_served_while_it_runs() {
        Api api = new Api(Integer.parseInt(application.getEnvironment().getProperty("local.server.port")));
        Rejeu rejeu = application.getBean(Rejeu.class);
        Instant historique = LocalDateTime.of(2024, 3, 1, 10, 0).atZone(ClockConfig.BRUXELLES).toInstant();
        JobExecutor executeur = ((ProcessEngineConfigurationImpl) application.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration()).getJobExecutor();
        assertThat(executeur.isActive()).isTrue();

        assertThatThrownBy(() -> rejeu.aSesDates(chronologie -> {
            assertThat(executeur.isActive()).as("the job executor never sees the historical clock").isFalse();
            chronologie.allerA(historique);
            assertThat(application.getBean(Clock.class).instant()).isEqualTo(historique);
            assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(historique);
            Api.Reponse pendant = api.get("coordinateur", "/api/dossiers");
            assertThat(pendant.status()).isEqualTo(503);
            assertThat(pendant.estProbleme()).isTrue();
            assertThat(pendant.json().get("detail").asText()).contains("démonstration");
            throw new IllegalStateException("panne au milieu du rejeu");
        })).hasMessage("panne au milieu du rejeu");

        assertThat(application.getBean(Clock.class).instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000);
        assertThat(Origines.courante()).isNull();
        assertThat(executeur.isActive()).isTrue();
        assertThat(api.get("coordinateur", "/api/dossiers").status()).isEqualTo(200);
    }

    private long joursAttendus(Map<String, Object> dossier) {
        LocalDate reception = ((java.sql.Date) dossier.get("date_reception")).toLocalDate();
        LocalDate seance = AnneeDeDemonstration.SEANCES_2024.stream().filter(s -> s.isAfter(reception.plusDays(20)))
                .findFirst().orElseThrow();
        return ChronoUnit.DAYS.between(reception, seance);
    }

    private static BigDecimal mediane(long[] tries) {
        double rang = 0.5 * (tries.length - 1);
        int bas = (int) Math.floor(rang);
        int haut = (int) Math.ceil(rang);
        return BigDecimal.valueOf(tries[bas] + (rang - bas) * (tries[haut] - tries[bas]))
                .setScale(1, RoundingMode.HALF_UP);
    }

}
