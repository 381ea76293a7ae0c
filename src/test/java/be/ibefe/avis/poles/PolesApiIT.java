package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pôles over HTTP: a pôle from its proposal to the Instance plénière's approval of the pôle, its members and its
 * fiche projet, its meetings; bassin isolation (LIE and HUY, interbassin pôles read by the associated bassin only);
 * bad input answered in French problem+json; the audit journal.
 */
@AvisIntegrationTest
class PolesApiIT {

    private static final AtomicInteger JOUR = new AtomicInteger();

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void a_pole_from_its_proposal_to_the_instance_approval_of_its_members_and_fiche() {
        JsonNode pole = creer("coordinateur", Map.of("nature", "POLE", "nom", "Pôle communication, média et multimédia",
                "secteur", "Famille E des thématiques communes", "mission", "Identifier l'offre de formation"));
        long id = pole.get("id").asLong();
        assertThat(pole.get("statut").asText()).isEqualTo("PROPOSITION");
        assertThat(pole.get("statutLibelle").asText()).isEqualTo("Proposé à l'Instance");
        assertThat(pole.get("dureeMois").asInt()).isEqualTo(36);

        long forem = membre(id, "Le Forem", "OPERATEURS_EMPLOI_FORMATION_INSERTION", "Liège");
        membre(id, "Technifutur", "OPERATEURS_EMPLOI_FORMATION_INSERTION", "Seraing");
        membre(id, "Institut Saint-Laurent", "ENSEIGNEMENT_QUALIFIANT", "Liège");
        Api.Reponse fiche = api.post("coordinateur", "/api/poles/" + id + "/fiches", fiche());
        assertThat(fiche.status()).as(fiche.corps()).isEqualTo(201);

        JsonNode enAttente = api.get("coordinateur", "/api/poles/approbations").json();
        List<JsonNode> siens = points(enAttente, id);
        assertThat(siens).extracting(p -> p.get("objet").asText())
                .containsExactly("CREATION", "MEMBRE", "MEMBRE", "MEMBRE", "FICHE_PROJET");
        assertThat(siens.get(1).get("designation").asText())
                .isEqualTo("Désignation d'un membre : Le Forem (Liège), Représentant du Forem");

        String seance = pleniere();
        for (JsonNode point : siens) {
            boolean refuse = point.get("designation").asText().contains("Technifutur");
            Api.Reponse decision = api.post("coordinateur", "/api/poles/approbations/" + point.get("id").asText()
                    + "/decision", refuse ? Map.of("seanceId", seance, "approuve", false, "motivation",
                    "Déjà représenté par un autre opérateur.") : Map.of("seanceId", seance, "approuve", true));
            assertThat(decision.status()).as(decision.corps()).isEqualTo(200);
        }
        Api.Reponse deuxFois = api.post("coordinateur", "/api/poles/approbations/" + siens.get(0).get("id").asText()
                + "/decision", Map.of("seanceId", seance, "approuve", true));
        assertThat(deuxFois.status()).isEqualTo(409);

        JsonNode actif = api.get("membre2", "/api/poles/" + id).json();
        assertThat(actif.get("statut").asText()).isEqualTo("ACTIF");
        assertThat(actif.get("debut").asText()).as("the term runs from the plénière that approved it")
                .isEqualTo(api.get("coordinateur", "/api/seances/" + seance).json().get("date").asText());
        assertThat(actif.get("fin").asText()).isEqualTo(LocalDate.parse(actif.get("debut").asText())
                .plusMonths(actif.get("dureeMois").asInt()).toString());
        assertThat(actif.get("membres").findValuesAsText("statut")).containsExactlyInAnyOrder("APPROUVE", "APPROUVE",
                "REFUSE");
        assertThat(actif.at("/fiches/0/statut").asText()).isEqualTo("APPROUVE");
        assertThat(actif.get("approbations").findValuesAsText("seanceId")).containsOnly(seance);
        assertThat(points(api.get("coordinateur", "/api/poles/approbations").json(), id)).isEmpty();

        // a meeting by consensus: every approved member of the day listed (in the order of the members), present or not
        Map<String, Object> reunion = new HashMap<>(Map.of("date", LocalDate.now(ClockConfig.BRUXELLES).toString(),
                "webinaire", true, "presents", List.of(forem),
                "decisions", List.of("Le pôle propose un inventaire de l'offre de formation en communication.")));
        Map<String, Object> enPresentiel = new HashMap<>(reunion);
        enPresentiel.put("webinaire", false);
        enPresentiel.put("date", LocalDate.now(ClockConfig.BRUXELLES).plusDays(1).toString());
        enPresentiel.put("presents", List.of(forem, refuse(actif)));
        Api.Reponse refusee = api.post("coordinateur", "/api/poles/" + id + "/reunions", enPresentiel);
        assertThat(refusee.status()).isEqualTo(400);
        assertThat(refusee.json().get("erreurs").findValuesAsText("message")).containsExactlyInAnyOrder(
                "La réunion du %s n'a pas encore eu lieu : on enregistre une réunion tenue.".formatted(
                        LocalDate.now(ClockConfig.BRUXELLES).plusDays(1).format(PoleView.DATE)),
                "Le lieu d'une réunion en présentiel est obligatoire.");
        enPresentiel.put("date", LocalDate.now(ClockConfig.BRUXELLES).toString());
        assertThat(api.post("coordinateur", "/api/poles/" + id + "/reunions", enPresentiel).json().get("erreurs")
                .findValuesAsText("message")).containsExactlyInAnyOrder(
                        "Le lieu d'une réunion en présentiel est obligatoire.",
                        "Le membre n° %d n'était pas membre approuvé du pôle le %s.".formatted(refuse(actif),
                                LocalDate.now(ClockConfig.BRUXELLES).format(PoleView.DATE)));
        Api.Reponse tenue = api.post("coordinateur", "/api/poles/" + id + "/reunions", reunion);
        assertThat(tenue.status()).as(tenue.corps()).isEqualTo(201);
        JsonNode presences = tenue.json().at("/reunions/0/presences");
        assertThat(presences).hasSize(2);
        assertThat(presences.findValuesAsText("organisation")).containsExactly("Institut Saint-Laurent", "Le Forem");
        assertThat(presences.findValuesAsText("present")).containsExactly("false", "true");
        assertThat(tenue.json().at("/reunions/0/decisions/0").asText()).startsWith("Le pôle propose");

        // the indicator's actual value, once the fiche is validated
        long ficheId = actif.at("/fiches/0/id").asLong();
        Api.Reponse mesure = api.envoyer(api.requete("coordinateur", "/api/poles/" + id + "/fiches/" + ficheId
                + "/indicateurs/2").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reel\": 12}")));
        assertThat(mesure.status()).as(mesure.corps()).isEqualTo(200);
        assertThat(mesure.json().at("/fiches/0/indicateurs/1/reel").decimalValue()).isEqualByComparingTo("12");
        assertThat(mesure.json().at("/fiches/0/indicateurs/1/cible").decimalValue()).isEqualByComparingTo("20");

        // the journal keeps who did what
        JsonNode journal = api.get("coordinateur", "/api/journal?depuis=" + LocalDate.now(ClockConfig.BRUXELLES)
                + "&jusqua=" + LocalDate.now(ClockConfig.BRUXELLES).plusDays(1)).json();
        assertThat(journal.findValues("objet").stream().map(JsonNode::asText).toList())
                .contains("Pole", "MembrePole", "FicheProjet", "ApprobationPole", "ReunionPole");
    }

    @Test
    void another_bassin_never_reaches_a_pole_an_associated_bassin_reads_it_without_changing_it() {
        long lie = creer("coordinateur", Map.of("nature", "POLE", "nom", "Pôle santé et action sociale",
                "secteur", "Aide à domicile")).get("id").asLong();
        assertThat(api.get("coordhuy", "/api/poles/" + lie).status()).isEqualTo(404);
        assertThat(api.get("coordhuy", "/api/poles").json().findValuesAsText("id")).doesNotContain(String.valueOf(lie));
        assertThat(points(api.get("coordhuy", "/api/poles/approbations").json(), lie)).isEmpty();
        Api.Reponse ajout = api.post("coordhuy", "/api/poles/" + lie + "/membres", Map.of("organisation", "X",
                "representant", "Y", "categorie", "ENSEIGNEMENT_QUALIFIANT", "commune", "Huy", "debut", "2031-01-01"));
        assertThat(ajout.status()).isEqualTo(404);
        long pointLie = points(api.get("coordinateur", "/api/poles/approbations").json(), lie).get(0).get("id").asLong();
        Api.Reponse decisionHuy = api.post("coordhuy", "/api/poles/approbations/" + pointLie + "/decision",
                Map.of("seanceId", 1, "approuve", true));
        assertThat(decisionHuy.status()).isEqualTo(404);

        // an interbassin working group: HUY reads it, only LIE changes it
        JsonNode interbassin = creer("coordinateur", Map.of("nature", "GROUPE_DE_TRAVAIL",
                "nom", "GT interbassins alternance - le tutorat", "secteur", "Alternance",
                "bassinsAssocies", List.of("HUY")));
        long gt = interbassin.get("id").asLong();
        assertThat(interbassin.get("bassinsAssocies").get(0).asText()).isEqualTo("HUY");
        assertThat(api.get("coordhuy", "/api/poles/" + gt).status()).isEqualTo(200);
        Api.Reponse cloture = api.post("coordhuy", "/api/poles/" + gt + "/cloture", "");
        assertThat(cloture.status()).isEqualTo(403);
        assertThat(cloture.json().get("detail").asText())
                .contains("porté par le bassin de Liège : seul ce bassin l'administre.");

        // a plénière of another bassin does not decide for LIE
        String pleniereHuy = api.post("coordhuy", "/api/seances", Map.of("chambre", "INSTANCE_PLENIERE",
                "date", date(), "lieu", "Huy", "membresPresents", List.of())).json().get("id").asText();
        Api.Reponse mauvaiseSeance = api.post("coordinateur", "/api/poles/approbations/" + pointLie + "/decision",
                Map.of("seanceId", pleniereHuy, "approuve", true));
        assertThat(mauvaiseSeance.status()).isEqualTo(400);
        assertThat(mauvaiseSeance.json().at("/erreurs/0/message").asText())
                .isEqualTo("La séance n° %s n'est pas une séance de l'Instance plénière du bassin de Liège."
                        .formatted(pleniereHuy));

        // a plénière to come decides from its day on: its own field says so, and the pôle's page does not offer it
        String dans2Jours = LocalDate.now(ClockConfig.BRUXELLES).plusDays(2).toString();
        String aVenir = new SeancesApi(api).creer("INSTANCE_PLENIERE", dans2Jours,
                new SeancesApi(api).membres("INSTANCE_PLENIERE", dans2Jours)).get("id").asText();
        Api.Reponse pasEncore = api.post("coordinateur", "/api/poles/approbations/" + pointLie + "/decision",
                Map.of("seanceId", aVenir, "approuve", true));
        assertThat(pasEncore.status()).isEqualTo(400);
        assertThat(pasEncore.json().at("/erreurs/0/champ").asText()).isEqualTo("seanceId");
        assertThat(pasEncore.json().at("/erreurs/0/message").asText()).isEqualTo("La séance du %s n'a pas encore eu "
                .formatted(LocalDate.parse(dans2Jours).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                + "lieu : elle ne décide qu'à partir de ce jour-là.");
        assertThat(points(api.get("coordinateur", "/api/poles/approbations").json(), lie).get(0).get("statut")
                .asText()).as("nothing decided").isEqualTo("A_APPROUVER");
    }

    @Test
    void bad_input_is_refused_in_french_and_nothing_is_stored() {
        int avant = api.get("coordinateur", "/api/poles").json().size();
        Api.Reponse vide = api.post("coordinateur", "/api/poles", Map.of("dureeMois", 37));
        assertThat(vide.status()).isEqualTo(400);
        assertThat(vide.contentType()).startsWith("application/problem+json");
        assertThat(vide.json().get("erreurs").findValuesAsText("champ"))
                .containsExactlyInAnyOrder("nature", "nom", "secteur", "dureeMois");
        assertThat(vide.json().get("erreurs").findValuesAsText("message")).contains(
                "La durée est de 1 à 36 mois (trois ans au plus) : 37 refusé.", "Le nom est obligatoire.");
        Api.Reponse porteur = api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL", "nom",
                "GT porteur associé", "secteur", "Logistique", "bassinsAssocies", List.of("LIE"), "dureeMois", 1500));
        assertThat(porteur.json().get("erreurs").findValuesAsText("message")).containsExactlyInAnyOrder(
                "Le bassin de Liège porte le pôle : il n'en est pas un bassin associé.",
                "La durée est de 1 à 36 mois (trois ans au plus) : 1\u202F500 refusé.");
        // at the edges: 36 months accepted, 0 refused; 300 characters accepted, 301 refused
        assertThat(api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL", "nom", "x".repeat(300),
                "secteur", "Logistique", "dureeMois", 36)).status()).isEqualTo(201);
        Api.Reponse bornes = api.post("coordinateur", "/api/poles", Map.of("nature", "GROUPE_DE_TRAVAIL",
                "nom", "x".repeat(301), "secteur", "Logistique", "dureeMois", 0));
        assertThat(bornes.json().get("erreurs").findValuesAsText("message")).containsExactlyInAnyOrder(
                "Le nom ne peut dépasser 300 caractères (301 reçus).",
                "La durée est de 1 à 36 mois (trois ans au plus) : 0 refusé.");
        Api.Reponse inconnu = api.post("coordinateur", "/api/poles", Map.of("nature", "POLE", "nom", "Pôle",
                "secteur", "Logistique", "bassinsAssocies", List.of("XYZ")));
        assertThat(inconnu.json().at("/erreurs/0/message").asText()).startsWith("Bassin « XYZ » inconnu.");
        assertThat(api.get("coordinateur", "/api/poles").json().size()).isEqualTo(avant + 1);

        long id = creer("coordinateur", Map.of("nature", "POLE", "nom", "Pôle logistique urbaine fluviale",
                "secteur", "Logistique")).get("id").asLong();
        Map<String, Object> sansIndicateurs = new HashMap<>(fiche());
        sansIndicateurs.put("indicateurs", List.of(Map.of("nature", "SUIVI", "libelle", "Réunions", "cible", -1)));
        Api.Reponse fiche = api.post("coordinateur", "/api/poles/" + id + "/fiches", sansIndicateurs);
        assertThat(fiche.status()).isEqualTo(400);
        assertThat(fiche.json().get("erreurs").findValuesAsText("message")).containsExactlyInAnyOrder(
                "La cible est un nombre de 0 à 999 999 999 999,99, deux décimales au plus.",
                "Fixez dès le départ au moins un indicateur de résultat, avec sa cible.");
        Api.Reponse membre = api.post("coordinateur", "/api/poles/" + id + "/membres", Map.of("organisation", "Forem",
                "representant", "A", "categorie", "AUTRE", "commune", "Liège", "debut", "2031-01-01"));
        assertThat(membre.status()).isEqualTo(400);
        Api.Reponse reunion = api.post("coordinateur", "/api/poles/" + id + "/reunions",
                Map.of("date", "2031-01-01", "webinaire", false));
        assertThat(reunion.status()).as("a pôle the Instance has not approved does not meet").isEqualTo(409);
        assertThat(reunion.json().get("detail").asText()).contains("ne se réunit pas : Proposé à l'Instance");
        Api.Reponse evaluation = api.post("coordinateur", "/api/poles/" + id + "/evaluation",
                Map.of("renouveler", true, "conclusions", "Bilan"));
        assertThat(evaluation.status()).isEqualTo(409);
        assertThat(api.get("coordinateur", "/api/poles/" + id).json().get("fiches")).isEmpty();
        assertThat(api.post("analyste", "/api/poles", Map.of()).status()).isEqualTo(403);
    }

    private JsonNode creer(String compte, Map<String, Object> corps) {
        Api.Reponse reponse = api.post(compte, "/api/poles", corps);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        return reponse.json();
    }

    private long membre(long pole, String organisation, String categorie, String commune) {
        Api.Reponse reponse = api.post("coordinateur", "/api/poles/" + pole + "/membres", Map.of("organisation",
                organisation, "representant", "Représentant du " + organisation.replace("Le ", ""), "categorie",
                categorie, "commune", commune, "debut", LocalDate.now(ClockConfig.BRUXELLES).toString()));
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        JsonNode membres = reponse.json().get("membres");
        for (JsonNode m : membres) {
            if (m.get("organisation").asText().equals(organisation)) {
                return m.get("id").asLong();
            }
        }
        throw new AssertionError(organisation);
    }

    /** The member the Instance refused. */
    private static long refuse(JsonNode pole) {
        for (JsonNode m : pole.get("membres")) {
            if (m.get("statut").asText().equals("REFUSE")) {
                return m.get("id").asLong();
            }
        }
        throw new AssertionError("aucun membre refusé");
    }

    static Map<String, Object> fiche() {
        return Map.of("titre", "Inventaire de l'offre de formation en communication", "objectifs",
                "Rendre visible l'offre du bassin", "partiesPrenantes", "Forem, écoles, centres de compétence",
                "dureeMois", 18, "publicsCibles", "Demandeurs d'emploi, élèves du qualifiant", "description",
                "Recenser les formations des métiers de la famille E", "resultatsAttendus",
                "Un répertoire publié et diffusé", "indicateurs", List.of(
                        Map.of("nature", "SUIVI", "libelle", "Réunions du groupe projet", "unite", "réunions",
                                "cible", 5),
                        Map.of("nature", "RESULTAT", "libelle", "Formations recensées", "unite", "formations",
                                "cible", 20)));
    }

    private List<JsonNode> points(JsonNode approbations, long pole) {
        List<JsonNode> siens = new java.util.ArrayList<>();
        approbations.forEach(a -> {
            if (a.get("poleId").asLong() == pole) {
                siens.add(a);
            }
        });
        return siens;
    }

    private String pleniere() {
        String date = date();
        return new SeancesApi(api).creer("INSTANCE_PLENIERE", date, new SeancesApi(api).membres("INSTANCE_PLENIERE",
                date)).get("id").asText();
    }

    /**
     * A plénière held a week ago: the pôle's term runs from it, and the pôle's meetings of today come after it (a
     * meeting before the pôle existed is refused).
     */
    private static String date() {
        return LocalDate.now(ClockConfig.BRUXELLES).minusDays(7).toString();
    }
}
