package be.ibefe.avis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.AvisApplication;
import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.report.ActiviteType;
import be.ibefe.avis.report.Compteurs;
import be.ibefe.avis.report.RapportActivite;
import be.ibefe.avis.report.RapportService;
import be.ibefe.avis.report.SeanceTenue;
import be.ibefe.avis.report.SeancesDeLAnnee;
import be.ibefe.avis.support.Travaux;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demonstration year reproduces the 2024 Liège figures of the activity report. It runs on a database of its
 * own (in-memory H2, also in the PostgreSQL run: what is checked is the data set, not the database), so that no
 * other test's 2024 dossier counts.
 */
class AnneeDeDemonstrationIT {

    @Test
    void the_demonstration_year_gives_the_2024_liege_figures() {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(AvisApplication.class)
                .profiles("demo", "test")
                .run("--server.port=0", "--camunda.bpm.process-engine-name=demonstration",
                        "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")) {
            AnneeDeDemonstration annee = application.getBean(AnneeDeDemonstration.class);

            assertThat(annee.charger()).isEqualTo(9 + 8 + 4 + 15 + 1 + 142);
            application.getBean(Travaux.class).executerEnAttente();
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

            assertThat(application.getBean(SeancesDeLAnnee.class).seancesTenues(2024))
                    .extracting(SeanceTenue::date).containsExactly(LocalDate.of(2024, 1, 30),
                            LocalDate.of(2024, 3, 26), LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 18),
                            LocalDate.of(2024, 9, 24), LocalDate.of(2024, 11, 19));
            assertThat(application.getBean(JdbcTemplate.class).queryForList("""
                    select s.date_seance as seance, a.date_seance as approuve_par from seance s left join approbation_pv p
                    on p.id = s.approbation_pv_id left join seance a on a.id = p.seance_id order by s.date_seance""")
                    .stream().map(l -> l.values().stream().map(String::valueOf).toList()))
                    .as("each séance approves the PV of the previous one; the last PV is provisional")
                    .containsExactly(List.of("2024-01-30", "2024-03-26"), List.of("2024-03-26", "2024-05-28"),
                            List.of("2024-05-28", "2024-06-18"), List.of("2024-06-18", "2024-09-24"),
                            List.of("2024-09-24", "2024-11-19"), List.of("2024-11-19", "null"));
        }
    }
}
