package be.ibefe.avis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import be.ibefe.avis.support.TestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail: every change with who, when, before and after; readable, exportable, never altered. */
@AvisIntegrationTest
class JournalAuditIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String dossier;

    @BeforeEach
    void dossierEnAnalyse() {
        api = new Api(port);
        dossier = api.post("coordinateur", "/api/dossiers", Demandes.creditAdaptation()).json().get("id").asText();
        new Taches(api, travaux).terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
    }

    @Test
    void every_change_of_a_dossier_is_recorded_with_who_and_the_values_before_and_after() {
        api.post("analyste", "/api/dossiers/" + dossier + "/eligibilite/CA_PLAFOND/derogation",
                Map.of("resultat", "KO", "motivation", "Aide non déclarée."));

        List<JsonNode> journal = entrees(api.get("membre2", "/api/dossiers/" + dossier + "/journal").json());

        assertThat(journal).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("CREATION");
            assertThat(e.get("objet").asText()).isEqualTo("Dossier");
            assertThat(e.get("utilisateur").asText()).isEqualTo("coordinateur");
            assertThat(e.get("apres").asText()).contains("\"statut\":\"RECU\"");
        });
        assertThat(journal).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("TACHE_TERMINEE");
            assertThat(e.get("utilisateur").asText()).isEqualTo("analyste");
            assertThat(e.get("apres").asText()).contains("\"complet\":true");
        });
        assertThat(journal).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("MODIFICATION");
            assertThat(e.get("objet").asText()).isEqualTo("Dossier");
            assertThat(e.get("avant").asText()).contains("\"statut\":\"RECU\"");
            assertThat(e.get("apres").asText()).contains("\"statut\":\"EN_ANALYSE\"");
        });
        assertThat(journal).anySatisfy(e -> {
            assertThat(e.get("objet").asText()).isEqualTo("Dossier.criteres");
            assertThat(e.get("utilisateur").asText()).isEqualTo("analyste");
            assertThat(e.get("apres").asText()).contains("Aide non déclarée.");
        });
    }

    @Test
    void each_entry_of_a_dossier_history_is_recorded_once_by_its_creation_not_again_with_the_whole_history() {
        List<JsonNode> journal = entrees(api.get("membre2", "/api/dossiers/" + dossier + "/journal").json());
        long entreesDeLHistorique = jdbc.queryForObject("select count(*) from dossier_historique where dossier_id = ?",
                Long.class, Long.parseLong(dossier));

        assertThat(journal).filteredOn(e -> e.get("objet").asText().equals("HistoriqueEntree"))
                .hasSize((int) entreesDeLHistorique).allSatisfy(e ->
                        assertThat(e.get("action").asText()).isEqualTo("CREATION"));
        assertThat(journal).noneSatisfy(e -> assertThat(e.get("objet").asText()).isEqualTo("Dossier.historique"));
    }

    @Test
    void the_journal_is_exported_for_a_period_as_a_spreadsheet_file() {
        String aujourdhui = LocalDate.now(ClockConfig.BRUXELLES).toString();

        Api.Reponse csv = api.get("coordinateur", "/api/journal?depuis=" + aujourdhui + "&jusqua=" + aujourdhui
                + "&format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.corps()).startsWith("\uFEFFid;horodatage;utilisateur;action;objet;objet_id;dossier_id;avant;apres")
                .contains(";\"" + dossier + "\";");
        assertThat(api.get("membre1", "/api/journal?depuis=" + aujourdhui + "&jusqua=" + aujourdhui).status())
                .isEqualTo(403);
        assertThat(api.get("coordinateur", "/api/journal?depuis=2024-02-01&jusqua=2024-01-01").status())
                .isEqualTo(400);
    }

    @Test
    void no_api_deletes_or_changes_the_journal() {
        Api.Reponse suppression = api.envoyer(api.requete("admin", "/api/dossiers/" + dossier + "/journal").DELETE());
        Api.Reponse remplacement = api.postBrut("admin", "/api/journal", "application/json", "[]");

        assertThat(suppression.status()).isEqualTo(405);
        assertThat(remplacement.status()).isEqualTo(405);
    }

    @Test
    void postgresql_itself_refuses_to_change_or_delete_an_entry() {
        assumeTrue(TestProfiles.surPostgres(), "seul PostgreSQL a le déclencheur ; H2 n'a pas de déclencheur SQL");

        assertThatThrownBy(() -> jdbc.update("update journal_audit set utilisateur = 'personne' where dossier_id = ?",
                Long.parseLong(dossier))).hasMessageContaining("ni modifié ni effacé");
        assertThatThrownBy(() -> jdbc.update("delete from journal_audit where dossier_id = ?",
                Long.parseLong(dossier))).hasMessageContaining("ni modifié ni effacé");
    }

    private static List<JsonNode> entrees(JsonNode tableau) {
        return StreamSupport.stream(tableau.spliterator(), false).toList();
    }
}
