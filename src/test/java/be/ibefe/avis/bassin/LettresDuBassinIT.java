package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17, « Done when »: a dossier of each demo bassin goes through its own team and its own séance; its letters
 * (the PDF text) and the séance's procès-verbal speak in that bassin's name, place and signatories, and never of the
 * other bassin.
 */
@AvisIntegrationTest
class LettresDuBassinIT {

    private static final String DATE_SEANCE = "2024-05-28";

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
        travaux.executerEnAttente();
    }

    @Test
    void a_huy_waremme_dossier_handled_by_huy_people_has_letters_of_huy_waremme_only() {
        Dossier huy = traiter("coordhuy", "analystehuy", "CSEF", "FAVORABLE");

        assertThat(huy.bassin()).isEqualTo("HUY");
        String aujourdhui = "Huy, le " + LocalDate.now(be.ibefe.avis.system.ClockConfig.BRUXELLES)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        for (String lettre : huy.lettres()) {
            assertThat(lettre).contains("Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme",
                    "Adresse de démonstration 4500 Huy", aujourdhui,
                    "Présidente de démonstration", "Présidente de la CEF (démonstration)",
                    "Coordinateur de démonstration")
                    .doesNotContainIgnoringCase("Liège").doesNotContainIgnoringCase("Liege")
                    .doesNotContain("à compléter");
        }
        assertThat(huy.lettres().get(0)).contains(
                "La Chambre Emploi Formation (CEF) a examiné votre demande en sa séance du 28 mai 2024");
        assertThat(huy.lettres().get(1)).contains(
                "Nous vous transmettons l'avis rendu par la Chambre Emploi Formation (CEF) en sa séance du 28 mai 2024");
        // the PV names the chambre as Huy-Waremme does, not by a name common to every bassin
        assertThat(huy.procesVerbal()).contains(
                "Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme",
                "Procès-verbal de la séance du 28/05/2024 Chambre Emploi Formation (CEF)",
                "Membre 1 de démonstration (Huy-Waremme)", "Présidente de démonstration", "Coordinateur de démonstration")
                .doesNotContainIgnoringCase("Liège").doesNotContain("Chambre Subrégionale");
    }

    /**
     * The letter of a non-competence names the chambre with its article, as the bassin names it: the sentence has no
     * agreement with a name that may be feminine (« la CSEF ») or not.
     */
    @Test
    void a_non_competence_letter_names_the_bassin_s_chambre_without_guessing_its_gender() {
        Dossier huy = traiter("coordhuy", "analystehuy", "CSEF", "NON_COMPETENT");

        assertThat(huy.lettres().get(0)).contains("Toutefois, la Chambre Emploi Formation (CEF) ne peut rendre d'avis "
                + "sur celle-ci, qui ne relève pas de sa compétence, pour la raison suivante");
    }

    @Test
    void a_liege_dossier_has_letters_of_liege_signed_by_who_was_in_office() {
        Dossier liege = traiter("coordinateur", "analyste", "CSEF", "FAVORABLE");

        assertThat(liege.bassin()).isEqualTo("LIE");
        for (String lettre : liege.lettres()) {
            assertThat(lettre).contains("Instance Bassin Enseignement qualifiant - Formation - Emploi de Liège",
                    "Rue Ferdinand Campus 1 4000 Liège", "Liège, le ",
                    // the CSEF's interim president since March 2024 and the coordination in office today
                    "Damien Grégoire", "Président f.f. de la CSEF", "Coordinatrice de démonstration")
                    .doesNotContain("Huy", "à compléter", "Cindy Russo");
        }
        // Liège calls its chambre « CSEF » (the shared domain document), Huy-Waremme « Chambre Emploi Formation (CEF) »
        assertThat(liege.lettres().get(0)).contains("La CSEF a examiné votre demande en sa séance du 28 mai 2024",
                "Pour la CSEF");
        // the procès-verbal is signed by who held the offices on the séance's day: the coordinatrice then in office
        assertThat(liege.procesVerbal()).contains("Instance Bassin Enseignement qualifiant - Formation - Emploi de Liège",
                "Damien Grégoire", "Aïcha El Bahi Idrissi").doesNotContain("Huy", "Coordinatrice de démonstration");
    }

    @Test
    void a_bassin_without_identity_gets_letters_that_say_what_is_missing_and_invent_nothing() {
        Api.Reponse cree = api.post("admin", "/api/bassins", Map.of("code", "VIDE", "nom", "Bassin sans identité"));
        assertThat(cree.status()).as(cree.corps()).isIn(201, 409);
        EnTete enTete = identites.enTete("VIDE", LocalDate.of(2024, 5, 28));

        assertThat(enTete.nomOfficiel()).isEqualTo(
                "[à compléter : nom officiel de l'Instance du bassin Bassin sans identité]");
        assertThat(enTete.lieu()).isEqualTo("[à compléter : lieu de signature]");
        assertThat(enTete.adresse()).containsExactly("[à compléter : adresse postale de l'Instance]");
        assertThat(enTete.signatures(Organe.CSEF, Organe.COORDINATION)).extracting(EnTete.Signature::nom)
                .containsExactly("[à compléter : signataire pour la Chambre Subrégionale de l'Emploi et de la "
                        + "Formation au 28/05/2024]", "[à compléter : signataire pour la coordination au 28/05/2024]");
        assertThat(api.get("admin", "/api/bassins/VIDE").json().get("manquants")).extracting(JsonNode::asText)
                .contains("le nom officiel de l'Instance", "l'adresse postale", "le lieu de signature");
    }

    @Autowired
    IdentitesBassins identites;

    record Dossier(String id, String bassin, List<String> lettres, String procesVerbal) {
    }

    /**
     * Registered, checked, analysed and deliberated ({@code decision}) by the bassin's own people; its letters (the
     * applicant's first) and PV as text.
     */
    private Dossier traiter(String coordination, String analyste, String chambre, String decision) {
        String id = new Taches(api, travaux).pretPourSeance(Demandes.cispNouvelleFiliere(), coordination, analyste);
        List<String> membres = api.get(coordination, "/api/mandats?chambre=" + chambre + "&date=" + DATE_SEANCE)
                .json().findValuesAsText("membre");
        assertThat(membres).isNotEmpty();
        Api.Reponse seance = api.post(coordination, "/api/seances", Map.of("chambre", chambre, "date", DATE_SEANCE,
                "membresPresents", membres));
        assertThat(seance.status()).as(seance.corps()).isEqualTo(201);
        String seanceId = seance.json().get("id").asText();
        Api.Reponse ajout = api.post(coordination, "/api/seances/" + seanceId + "/ordre-du-jour/" + id, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        Api.Reponse deliberation = api.post(coordination, "/api/seances/" + seanceId + "/deliberations",
                Map.of("dossierId", id, "decision", decision, "motivation", "Conforme au décret."));
        assertThat(deliberation.status()).as(deliberation.corps()).isEqualTo(200);
        Api.Reponse cloture = api.post(coordination, "/api/seances/" + seanceId + "/cloture", "");
        assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        travaux.executerEnAttente();

        JsonNode dossier = api.get(coordination, "/api/dossiers/" + id).json();
        List<DocumentView> produits = documents.liste(Long.parseLong(id));
        assertThat(produits).extracting(DocumentView::nom).hasSize(2);
        // a line may break after the hyphen of « Huy-Waremme »: the text is read back as the eye reads it
        List<String> lettres = produits.stream()
                .map(d -> TextePdf.de(documents.lire(Long.parseLong(id), d.id()).octets()).replaceAll("(?<=\\S)- ", "-")).toList();
        var pv = api.telecharger(coordination, "/api/seances/" + seanceId + "/proces-verbal?format=pdf");
        assertThat(pv.statusCode()).isEqualTo(200);
        return new Dossier(id, dossier.get("bassin").asText(), lettres, TextePdf.de(pv.body()).replaceAll("(?<=\\S)- ", "-"));
    }
}
