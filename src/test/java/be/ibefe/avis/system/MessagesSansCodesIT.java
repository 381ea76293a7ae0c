package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.rules.EligibilityService;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person reads names things in French: no code such as {@code CA_FORME_JURIDIQUE} or {@code INSTANCE_PLENIERE}
 * and no login such as {@code membre2} in the explanations of the criteria (every realistic request of
 * {@code dossiers-realistes.json}) nor in the French errors of a series of refused entries (a request, a séance, a
 * mandate, a deliberation with déports, nominative votes and a KO criterion left unanswered).
 *
 * <p>Not swept: the refusal of an unknown code sent to the API or in an import file (« Valeur « X » inconnue. Valeurs
 * admises : … »), whose reader types codes and needs the list of them; the pages offer only choices by label.
 */
@AvisIntegrationTest
class MessagesSansCodesIT {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,}_[A-Z_]+");
    private static final Pattern LOGIN = Pattern.compile("\\bmembre\\d+\\b");

    @LocalServerPort
    int port;

    @Autowired
    EligibilityService eligibilite;

    @Autowired
    Travaux travaux;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_explanations_of_every_criterion_of_the_realistic_requests_name_no_code() throws IOException {
        List<String> textes = new ArrayList<>();
        try (InputStream json = getClass().getResourceAsStream("/dossiers-realistes.json")) {
            for (JsonNode cas : new ObjectMapper().readTree(json)) {
                Dossier dossier = DossiersEnMemoire.depuis((ObjectNode) cas.get("demande"));
                List<Critere> criteres = new ArrayList<>(eligibilite.evaluer(dossier));
                eligibilite.competence(dossier).ifPresent(criteres::add);
                criteres.forEach(c -> {
                    textes.add(c.getLibelle());
                    textes.add(c.getExplication());
                });
            }
        }

        assertThat(textes).hasSizeGreaterThan(50);
        sansCodeNiLogin(textes);
    }

    @Test
    void the_errors_of_refused_entries_name_no_code_and_no_login() {
        List<String> textes = new ArrayList<>();
        ObjectNode adresseIncomplete = Demandes.cispNouvelleFiliere().put("dateReception", "1999-12-31");
        ((ObjectNode) adresseIncomplete.get("demandeur")).putObject("adresse").put("codePostal", "400");
        textes.addAll(refus(api.post("coordinateur", "/api/dossiers", "{}")));
        textes.addAll(refus(api.post("coordinateur", "/api/dossiers", adresseIncomplete)));
        textes.addAll(refus(api.post("coordinateur", "/api/seances", Map.of("date", "2024-05-28"))));
        textes.addAll(refus(api.post("coordinateur", "/api/seances", Map.of("chambre", "BUREAU",
                "date", "2024-05-28", "membresPresents", List.of("membre1", "membre2", "membre3"),
                "membresExcuses", List.of("membre1")))));
        textes.addAll(refus(api.post("coordinateur", "/api/mandats", Map.of("membre", "membre9"))));
        textes.addAll(refus(api.post("coordinateur", "/api/poles", Map.of("nom", "Groupe logistique"))));
        String groupe = api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL",
                "nom", "Groupe logistique", "secteur", "Logistique", "dureeMois", 12)).json().get("id").asText();
        textes.addAll(refus(api.post("coordinateur", "/api/poles/" + groupe + "/membres",
                Map.of("organisation", "Le Forem"))));

        Taches taches = new Taches(api, travaux);
        ObjectNode asbl = Demandes.creditAdaptation();
        ((ObjectNode) asbl.at("/donnees/entreprise")).put("formeJuridique", "ASBL");
        ((ObjectNode) asbl.get("demandeur")).put("nom", "FOREM Formation Liège");
        String dossier = api.post("coordinateur", "/api/dossiers", asbl).json().get("id").asText();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", dossier, "Task_AnalyserDossier", Map.of("propositionAvis", "DEFAVORABLE",
                "motivation", "Une ASBL est exclue du crédit-adaptation."));
        SeancesApi seances = new SeancesApi(api);
        String seance = seances.creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3", "membre4"))
                .get("id").asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        textes.addAll(refus(seances.deliberer(seance, dossier, "FAVORABLE", Map.of("motivation",
                "Le projet est utile au bassin.", "deports", List.of("membre5"),
                "votesNominatifs", Map.of("membre1", "POUR", "membre2", "POUR", "membre3", "POUR")))));
        textes.addAll(refus(seances.deliberer(seance, dossier, "RETIRE", Map.of())));

        assertThat(textes).anyMatch(t -> t.contains("Marie Dubois"))
                .anyMatch(t -> t.contains("« Forme juridique »"))
                .anyMatch(t -> t.contains("01/01/2000"))
                .anyMatch(t -> t.contains("CSEF, Bureau, Instance plénière, CAFE ou Chambre Enseignement"))
                .anyMatch(t -> t.contains("La nature est obligatoire : Pôle de synergies ou Groupe de travail"))
                .anyMatch(t -> t.contains("La catégorie est obligatoire : Entreprises locales"))
                .anyMatch(t -> t.contains("La décision est obligatoire : Favorable, Favorable avec recommandation"));
        sansCodeNiLogin(textes);
    }

    /** The French texts of a refusal: its detail and the message of each field in error. */
    private static List<String> refus(Api.Reponse reponse) {
        assertThat(reponse.status()).as(reponse.corps()).isBetween(400, 409);
        assertThat(reponse.estProbleme()).isTrue();
        List<String> textes = new ArrayList<>();
        textes.add(reponse.json().path("detail").asText());
        textes.addAll(reponse.json().path("erreurs").findValuesAsText("message"));
        return textes;
    }

    private static void sansCodeNiLogin(List<String> textes) {
        assertThat(textes).allSatisfy(texte -> {
            assertThat(CODE.matcher(texte).find()).as("code brut dans « %s »", texte).isFalse();
            assertThat(LOGIN.matcher(texte).find()).as("identifiant dans « %s »", texte).isFalse();
        });
    }
}
