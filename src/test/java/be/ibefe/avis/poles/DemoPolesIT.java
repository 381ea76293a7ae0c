package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.ibefe.avis.AvisApplication;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.report.ThematiquesDeLAnnee;
import be.ibefe.avis.seance.SeanceRepository;
import be.ibefe.avis.seance.StatutSeance;
import be.ibefe.avis.thematiques.DemoThematiquesCommunes;
import be.ibefe.avis.thematiques.FonctionCritiqueRepository;
import be.ibefe.avis.thematiques.MetierPrioritaireRepository;
import be.ibefe.avis.thematiques.StatutThematiques;
import be.ibefe.avis.thematiques.ThematiquesCommunesDecisions;
import be.ibefe.avis.thematiques.ThematiquesCommunesView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo pôles (profile demo, in a context of its own): two pôles of Liège approved by the Instance plénière of
 * 29/10/2024 with their members and fiche projet, their meetings, an indicator measured; their processes wait for
 * their evaluation; beside them, the thématiques communes of 2024 decided in 2023; a second start adds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPolesIT {

    ConfigurableApplicationContext application;

    @BeforeAll
    void demarrer() {
        application = new SpringApplicationBuilder(AvisApplication.class).profiles("demo", "test")
                .run("--server.port=0", "--camunda.bpm.process-engine-name=demopoles", "--avis.demo.poles=true",
                        "--spring.datasource.url=jdbc:h2:mem:demopoles-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    }

    @AfterAll
    void arreter() {
        application.close();
    }

    @Test
    void two_poles_of_liege_with_members_meetings_and_a_fiche_projet() throws Exception {
        List<PoleView> poles = application.getBean(Poles.class).liste();

        assertThat(poles).extracting(PoleView::nom).containsExactly(
                "Pôle de synergies communication, média et multimédia",
                "Pôle de synergies économies durables et alternatives");
        assertThat(poles).allSatisfy(p -> {
            assertThat(p.bassin()).isEqualTo("LIE");
            assertThat(p.statut()).isEqualTo("ACTIF");
            assertThat(p.debut()).isEqualTo(LocalDate.of(2024, 10, 29));
            assertThat(p.fin()).isEqualTo(LocalDate.of(2027, 10, 29));
            assertThat(p.membres()).hasSize(3).extracting(PoleView.Membre::statut).containsOnly("APPROUVE");
            assertThat(p.membres()).extracting(PoleView.Membre::categorie).containsExactlyInAnyOrder(
                    "ENTREPRISES_PARTENAIRES_SOCIAUX", "OPERATEURS_EMPLOI_FORMATION_INSERTION",
                    "ENSEIGNEMENT_QUALIFIANT");
            assertThat(p.approbations()).extracting(PoleView.Approbation::statut).containsOnly("APPROUVE");
        });
        PoleView comm = poles.get(0);
        assertThat(comm.reunions()).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2024, 11, 29));
            assertThat(r.webinaire()).isTrue();
            assertThat(r.presences()).filteredOn(PoleView.Presence::present).hasSize(2);
        });
        assertThat(poles.get(1).reunions()).hasSize(2);
        assertThat(comm.fiches()).singleElement().satisfies(f -> {
            assertThat(f.statut()).isEqualTo("APPROUVE");
            assertThat(f.indicateurs()).extracting(PoleView.Indicateur::reelTexte, PoleView.Indicateur::cibleTexte)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2 réunions", "5 réunions"),
                            org.assertj.core.groups.Tuple.tuple("—", "40 formations"));
        });
        assertThat(application.getBean(SeanceRepository.class).findByDateBetweenOrderByDateAscIdAsc(
                LocalDate.of(2024, 10, 29), LocalDate.of(2024, 10, 29))).singleElement().satisfies(s -> {
                    assertThat(s.getChambre()).isEqualTo(Chambre.INSTANCE_PLENIERE);
                    assertThat(s.getStatut()).isEqualTo(StatutSeance.CLOTUREE);
                });

        BpmnAwareTests.init(application.getBean(ProcessEngine.class));
        try {
            RuntimeService runtime = application.getBean(RuntimeService.class);
            for (PoleView pole : poles) {
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Poles.cle(pole.id()))
                        .singleResult()).isWaitingAt("Gateway_Actif");
            }
        } finally {
            BpmnAwareTests.reset();
        }

        application.getBean(DemoPoles.class).run(null);
        assertThat(application.getBean(Poles.class).liste()).hasSize(2);
    }

    @Test
    void the_thematiques_communes_of_2024_proposed_in_september_and_validated_in_october_2023() {
        ThematiquesCommunesView decision = application.getBean(ThematiquesCommunesDecisions.class)
                .duBassin("LIE", 2023).orElseThrow();
        assertThat(decision.dateGroupeTravail()).isEqualTo(LocalDate.of(2023, 9, 25));
        assertThat(decision.statut()).isEqualTo(StatutThematiques.VALIDEES);
        assertThat(decision.dateDecision()).isEqualTo(LocalDate.of(2023, 10, 16));
        assertThat(decision.anneeListe()).isEqualTo(2024);
        assertThat(decision.recommandations().orientation()).contains("« pénibles »");
        assertThat(decision.recommandations().equipement()).isNotBlank();
        assertThat(decision.parAction()).allSatisfy((action, nombre) -> assertThat(nombre).isPositive());

        ThematiquesDeLAnnee.ThematiquesDecidees auRapport = application.getBean(ThematiquesDeLAnnee.class)
                .thematiques("LIE", 2023).orElseThrow();
        assertThat(auRapport.validees()).isTrue();
        assertThat(auRapport.metiers()).as("the report counts the métiers that are there").isEqualTo(
                decision.metiers().size());
        assertThat(auRapport.creer() + auRapport.maintenir() + auRapport.adapter()).isEqualTo(auRapport.metiers());
        assertThat(application.getBean(MetierPrioritaireRepository.class).findByBassinAndAnneeOrderByLibelle("LIE",
                2024)).as("the list of 2024 is the one validated in October 2023").hasSize(decision.metiers().size());
        assertThat(application.getBean(FonctionCritiqueRepository.class).findByBassinAndAnneeOrderByLibelle("LIE",
                2024)).extracting(f -> f.getLibelle()).contains("Infirmier en soins généraux");

        application.getBean(DemoThematiquesCommunes.class).run(null);
        assertThat(application.getBean(ThematiquesCommunesDecisions.class).duBassin("LIE", 2023)).get()
                .extracting(ThematiquesCommunesView::id).isEqualTo(decision.id());
    }
}
