package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.TextePdf;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The procès-verbal of a closed séance is provisional until the next séance of the same body approves it: that
 * séance's agenda opens with the approval point, and the approval is the body's (quorum, votes that adopt it).
 * Every test uses its own dates; the database is shared with other tests, so a séance is found by its id.
 */
@AvisIntegrationTest
class ApprobationPvIT {

    static final List<String> CSEF = List.of("membre1", "membre2", "membre3", "membre4", "membre5");
    static final String CSEF_LIBELLE = "CSEF";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SeancesApi seances;

    @BeforeEach
    void client() {
        api = new Api(port);
        seances = new SeancesApi(api);
    }

    @Test
    void the_next_seance_approves_the_pv_with_corrections_and_the_pv_then_reads_approuve() {
        String premiere = cloturee("CSEF", "2030-03-12");
        assertThat(seance(premiere).at("/procesVerbal/statut").asText()).isEqualTo("PROVISOIRE");
        assertThat(html(premiere)).contains("Procès-verbal provisoire").doesNotContain("approuvé");
        assertThat(TextePdf.de(pdf(premiere))).contains("Procès-verbal provisoire");
        String suivante = seances.creer("CSEF", "2030-04-16", CSEF).get("id").asText();

        JsonNode points = seance(suivante).get("approbationsPv");
        JsonNode point = approbation(points, premiere);
        assertThat(point.get("statut").asText()).isEqualTo("A_EXAMINER");
        assertThat(point.get("libelle").asText())
                .isEqualTo("Approbation du procès-verbal de la séance du 12/03/2030");
        List<String> dates = new ArrayList<>();
        points.forEach(p -> dates.add(p.get("date").asText()));
        assertThat(dates).as("oldest first").isSorted();

        Api.Reponse approuve = approuver(suivante, premiere, Map.of("approuve", true, "corrections",
                "Au point 1, lire « Sophie Renard » et non « Sophie Renart ».", "pour", 4, "contre", 0,
                "abstentions", 1));

        assertThat(approuve.status()).as(approuve.corps()).isEqualTo(200);
        assertThat(approuve.json().get("statut").asText()).isEqualTo("APPROUVE");
        JsonNode pv = seance(premiere).get("procesVerbal");
        assertThat(pv.get("statut").asText()).isEqualTo("APPROUVE");
        assertThat(pv.get("approuveParSeanceId").asText()).isEqualTo(suivante);
        assertThat(pv.get("approuveLe").asText()).isEqualTo("2030-04-16");
        assertThat(pv.get("corrections").asText()).isEqualTo("Au point 1, lire « Sophie Renard » et non « Sophie Renart ».");
        assertThat(pv.at("/votes/pour").asInt()).isEqualTo(4);
        assertThat(pv.get("enregistrePar").asText()).isEqualTo("coordinateur");
        String attendu = "Procès-verbal approuvé le 16/04/2030 par la " + CSEF_LIBELLE + " en sa séance du 16/04/2030";
        assertThat(html(premiere).replaceAll("\\s+", " ")).contains(attendu,
                "Corrections apportées lors de l'approbation",
                "Au point 1, lire « Sophie Renard » et non « Sophie Renart ».").doesNotContain("provisoire");
        assertThat(TextePdf.de(pdf(premiere)).replaceAll("\\s+", " ")).contains(attendu,
                "Corrections apportées lors de l'approbation", "Sophie Renart").doesNotContain("provisoire");
        assertThat(jdbc.queryForList("select utilisateur from journal_audit where action = 'PV_APPROUVE' "
                + "and objet = 'Seance' and objet_id = ?", String.class, premiere)).containsExactly("coordinateur");
        String approbationId = jdbc.queryForObject("select id from approbation_pv where seance_id = ? and "
                + "seance_pv_id = ?", String.class, Long.valueOf(suivante), Long.valueOf(premiere));
        // recorded on the day of the séance that approved
        String jour = "2030-04-16";
        String journal = "/api/journal?depuis=" + LocalDate.parse(jour).minusDays(1) + "&jusqua=" + jour;
        assertThat(objets(api.get("coordinateur", journal).json())).contains("ApprobationPv:" + approbationId);
        assertThat(objets(api.get("coordhuy", journal).json())).as("the approvals of Liège stay in Liège")
                .doesNotContain("ApprobationPv:" + approbationId);

        assertThat(approbation(seance(suivante).get("approbationsPv"), premiere).get("statut").asText())
                .isEqualTo("APPROUVE");
        Api.Reponse encore = approuver(suivante, premiere, Map.of("approuve", true));
        assertThat(encore.status()).isEqualTo(409);
        assertThat(encore.json().get("detail").asText()).isEqualTo(
                "Le procès-verbal de la séance du 12/03/2030 a été approuvé le 16/04/2030 : il ne change plus.");

        cloturer(suivante);
        String pvSuivante = html(suivante).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(pvSuivante).contains("Approbation du procès-verbal de la séance du 12/03/2030",
                "Procès-verbal approuvé avec corrections", "Votes : 4 pour, 0 contre, 1 abstention(s).");
        String troisieme = seances.creer("CSEF", "2030-05-14", CSEF).get("id").asText();
        assertThat(approuver(troisieme, premiere, Map.of("approuve", true)).status()).isEqualTo(409);
        assertThat(seance(troisieme).get("approbationsPv").findValuesAsText("seanceId")).doesNotContain(premiere);
    }

    @Test
    void the_approval_point_appears_on_the_next_seance_of_the_same_body_only_until_approved() {
        String avant = seances.creer("CSEF", "2031-02-03", CSEF).get("id").asText();
        String pv = seances.creer("CSEF", "2031-02-10", CSEF).get("id").asText();
        assertThat(seance(pv).get("approbationsPv").findValuesAsText("seanceId")).doesNotContain(pv);
        cloturer(pv);
        String bureau = seances.creer("BUREAU", "2031-02-17", List.of("membre1", "membre3", "membre4"))
                .get("id").asText();
        Api.Reponse huy = api.post("coordhuy", "/api/seances", Map.of("chambre", "CSEF", "date", "2031-02-17"));
        assertThat(huy.status()).as(huy.corps()).isEqualTo(201);
        String suivante = seances.creer("CSEF", "2031-02-17", CSEF).get("id").asText();
        String encoreApres = seances.creer("CSEF", "2031-03-03", CSEF).get("id").asText();

        assertThat(seance(avant).get("approbationsPv").findValuesAsText("seanceId")).doesNotContain(pv);
        assertThat(seance(bureau).get("approbationsPv").findValuesAsText("seanceId")).doesNotContain(pv);
        assertThat(api.get("coordhuy", "/api/seances/" + huy.json().get("id").asText()).json().get("approbationsPv")
                .findValuesAsText("seanceId")).doesNotContain(pv);
        assertThat(seance(suivante).get("approbationsPv").findValuesAsText("seanceId")).contains(pv);
        assertThat(seance(encoreApres).get("approbationsPv").findValuesAsText("seanceId")).as("not the one after")
                .doesNotContain(pv);
        Api.Reponse pasLaSuivante = approuver(encoreApres, pv, Map.of("approuve", true));
        assertThat(pasLaSuivante.status()).isEqualTo(409);
        assertThat(pasLaSuivante.json().get("detail").asText()).isEqualTo("Le procès-verbal de la séance du "
                + "10/02/2031 revient à la séance suivante de la chambre, celle du 17/02/2031 : si elle n'a pas lieu, "
                + "clôturez-la d'abord.");

        Api.Reponse reporte = approuver(suivante, pv, Map.of("approuve", false));
        assertThat(reporte.status()).as(reporte.corps()).isEqualTo(200);
        assertThat(reporte.json().get("statut").asText()).isEqualTo("REPORTE");
        assertThat(approbation(seance(suivante).get("approbationsPv"), pv).get("statut").asText()).isEqualTo("REPORTE");
        assertThat(seance(pv).at("/procesVerbal/statut").asText()).isEqualTo("PROVISOIRE");
        assertThat(approuver(suivante, pv, Map.of("approuve", true)).status()).isEqualTo(409);
        assertThat(seance(encoreApres).get("approbationsPv").findValuesAsText("seanceId")).doesNotContain(pv);
        cloturer(suivante);
        assertThat(html(suivante).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .contains("Approbation du procès-verbal de la séance du 10/02/2031", "Approbation reportée");

        assertThat(approbation(seance(encoreApres).get("approbationsPv"), pv).get("statut").asText())
                .isEqualTo("A_EXAMINER");
        assertThat(approuver(encoreApres, pv, Map.of("approuve", true)).status()).isEqualTo(200);
        String plusTard = seances.creer("CSEF", "2031-03-17", CSEF).get("id").asText();
        assertThat(seance(plusTard).get("approbationsPv").findValuesAsText("seanceId")).doesNotContain(pv);
        assertThat(html(pv).replaceAll("\\s+", " ")).contains("Procès-verbal approuvé le 03/03/2031 par la "
                + CSEF_LIBELLE + " en sa séance du 03/03/2031").doesNotContain("Corrections apportées");
        assertThat(html(encoreApres).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .contains("Approbation du procès-verbal de la séance du 10/02/2031", "Décision prise par consensus.");
    }

    @Test
    void a_pending_approval_left_when_the_seance_closes_is_not_examined_and_waits_for_the_next() {
        String pv = cloturee("CSEF", "2032-01-13");
        String suivante = seances.creer("CSEF", "2032-02-10", CSEF).get("id").asText();
        cloturer(suivante);

        assertThat(approbation(seance(suivante).get("approbationsPv"), pv).get("statut").asText())
                .isEqualTo("NON_EXAMINE");
        assertThat(html(suivante).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .contains("Approbation du procès-verbal de la séance du 13/01/2032", "Point non examiné en séance");
        String apres = seances.creer("CSEF", "2032-03-09", CSEF).get("id").asText();
        assertThat(approbation(seance(apres).get("approbationsPv"), pv).get("statut").asText())
                .isEqualTo("A_EXAMINER");
    }

    @Test
    void a_seance_approves_neither_its_own_pv_nor_another_bodys_nor_a_later_ones_nor_one_not_closed() {
        String bureau = seances.creer("BUREAU", "2033-01-10", List.of("membre1", "membre3", "membre4")).get("id")
                .asText();
        cloturer(bureau);
        String ouverte = seances.creer("CSEF", "2033-01-17", CSEF).get("id").asText();
        String plusTard = cloturee("CSEF", "2033-01-24");
        String suivante = seances.creer("CSEF", "2033-01-31", CSEF).get("id").asText();

        Api.Reponse propre = approuver(ouverte, ouverte, Map.of("approuve", true));
        assertThat(propre.status()).isEqualTo(400);
        assertThat(propre.contentType()).startsWith("application/problem+json");
        assertThat(propre.json().at("/erreurs/0/champ").asText()).isEqualTo("seanceId");
        assertThat(propre.json().at("/erreurs/0/message").asText()).isEqualTo("Une séance ne peut approuver son "
                + "propre procès-verbal : il est approuvé à la séance suivante de la même chambre.");

        Api.Reponse autreChambre = approuver(ouverte, bureau, Map.of("approuve", true));
        assertThat(autreChambre.status()).isEqualTo(400);
        assertThat(autreChambre.json().at("/erreurs/0/champ").asText()).isEqualTo("seanceId");
        assertThat(autreChambre.json().at("/erreurs/0/message").asText()).isEqualTo("Le procès-verbal de la "
                + "séance du 10/01/2033 est celui de « Bureau de l'Instance Bassin EFE » : seule une séance de "
                + "cette chambre peut l'approuver.");

        Api.Reponse posterieure = approuver(ouverte, plusTard, Map.of("approuve", true));
        assertThat(posterieure.status()).isEqualTo(400);
        assertThat(posterieure.json().at("/erreurs/0/champ").asText()).isEqualTo("seanceId");
        assertThat(posterieure.json().at("/erreurs/0/message").asText()).isEqualTo("La séance du 24/01/2033 "
                + "n'a pas eu lieu avant celle-ci : son procès-verbal est approuvé par une séance suivante.");

        Api.Reponse pasCloturee = approuver(suivante, ouverte, Map.of("approuve", true));
        assertThat(pasCloturee.status()).isEqualTo(409);
        assertThat(pasCloturee.json().get("detail").asText()).isEqualTo("La séance du 17/01/2033 n'est pas "
                + "clôturée : son procès-verbal n'est pas encore arrêté.");

        Api.Reponse sansSeance = approuver(suivante, null, Map.of("approuve", true));
        assertThat(sansSeance.status()).isEqualTo(400);
        assertThat(sansSeance.json().at("/erreurs/0/champ").asText()).isEqualTo("seanceId");
        Api.Reponse inconnue = approuver(suivante, "999999999", Map.of("approuve", true));
        assertThat(inconnue.status()).isEqualTo(404);
        assertThat(inconnue.json().get("detail").asText()).isEqualTo("Aucune séance n° 999999999.");
    }

    @Test
    void the_pv_of_another_bassin_does_not_exist_for_the_seance() {
        Api.Reponse huy = api.post("coordhuy", "/api/seances", Map.of("chambre", "CSEF", "date", "2034-01-10"));
        assertThat(huy.status()).as(huy.corps()).isEqualTo(201);
        String pvHuy = huy.json().get("id").asText();
        JourDeSeance.le("2034-01-10", () -> assertThat(api.post("coordhuy", "/api/seances/" + pvHuy + "/cloture", "")
                .status()).isEqualTo(200));
        String liege = seances.creer("CSEF", "2034-01-17", CSEF).get("id").asText();

        Api.Reponse refus = approuver(liege, pvHuy, Map.of("approuve", true));

        assertThat(refus.status()).isEqualTo(404);
        assertThat(refus.json().get("detail").asText()).isEqualTo("Aucune séance n° " + pvHuy + ".");
        assertThat(api.get("coordhuy", "/api/seances/" + pvHuy).json().at("/procesVerbal/statut").asText())
                .isEqualTo("PROVISOIRE");
        Api.Reponse parHuy = api.post("coordhuy", "/api/seances/" + liege + "/approbations-pv",
                Map.of("seanceId", Long.valueOf(pvHuy), "approuve", true));
        assertThat(parHuy.status()).isEqualTo(404);
    }

    @Test
    void the_approval_needs_an_open_seance_with_quorum_and_votes_that_adopt_it_otherwise_nothing_is_stored() {
        String pv = cloturee("CSEF", "2035-01-09");
        String cloturee = cloturee("CSEF", "2035-01-16");
        String sansQuorum = seances.creer("CSEF", "2035-01-23", List.of("membre1", "membre2")).get("id").asText();
        String suivante = seances.creer("CSEF", "2035-01-30", CSEF).get("id").asText();

        Api.Reponse fermee = approuver(cloturee, pv, Map.of("approuve", true));
        assertThat(fermee.status()).isEqualTo(409);
        assertThat(fermee.json().get("detail").asText())
                .isEqualTo("La séance du 16/01/2035 est clôturée : elle ne peut plus être modifiée.");

        Api.Reponse quorum = approuver(sansQuorum, pv, Map.of("approuve", true));
        assertThat(quorum.status()).isEqualTo(409);
        assertThat(quorum.json().get("detail").asText()).startsWith("Quorum non atteint : 2 membre(s) présent(s)");
        cloturer(sansQuorum);

        Api.Reponse rejetee = approuver(suivante, pv, Map.of("approuve", true, "pour", 1, "contre", 3));
        assertThat(rejetee.status()).isEqualTo(400);
        assertThat(rejetee.json().at("/erreurs/0/champ").asText()).isEqualTo("approuve");
        assertThat(rejetee.json().at("/erreurs/0/message").asText()).isEqualTo("Les votes n'adoptent pas "
                + "l'approbation du procès-verbal : 1 pour, 3 contre (les abstentions ne comptent pas). Elle n'est "
                + "enregistrée que si les voix pour dépassent les voix contre.");
        Api.Reponse egalite = approuver(suivante, pv, Map.of("approuve", false, "votes", Map.of("pour", 2,
                "contre", 2)));
        assertThat(egalite.status()).isEqualTo(400);
        assertThat(egalite.json().at("/erreurs/0/champ").asText()).isEqualTo("approuve");
        Api.Reponse trop = approuver(suivante, pv, Map.of("approuve", true, "pour", 6));
        assertThat(trop.status()).isEqualTo(400);
        assertThat(trop.json().at("/erreurs/0/champ").asText()).isEqualTo("votes");
        Api.Reponse sansChoix = approuver(suivante, pv, Map.of());
        assertThat(sansChoix.status()).isEqualTo(400);
        assertThat(sansChoix.json().at("/erreurs/0/champ").asText()).isEqualTo("approuve");
        Api.Reponse correctionsSansApprobation = approuver(suivante, pv, Map.of("approuve", false,
                "corrections", "Corriger le point 2."));
        assertThat(correctionsSansApprobation.status()).isEqualTo(400);
        assertThat(correctionsSansApprobation.json().at("/erreurs/0/champ").asText()).isEqualTo("corrections");

        assertThat(seance(pv).at("/procesVerbal/statut").asText()).isEqualTo("PROVISOIRE");
        assertThat(approbation(seance(suivante).get("approbationsPv"), pv).get("statut").asText())
                .isEqualTo("A_EXAMINER");
        assertThat(jdbc.queryForObject("select count(*) from approbation_pv where seance_id = ?", Integer.class,
                Long.valueOf(suivante))).isZero();

        Api.Reponse adoptee = approuver(suivante, pv, Map.of("approuve", true, "votesNominatifs",
                Map.of("membre1", "POUR", "membre2", "POUR", "membre3", "CONTRE")));
        assertThat(adoptee.status()).as(adoptee.corps()).isEqualTo(200);
        assertThat(seance(pv).at("/procesVerbal/votes/contre").asInt()).isEqualTo(1);
    }

    private static List<String> objets(JsonNode journal) {
        List<String> objets = new ArrayList<>();
        journal.forEach(e -> objets.add(e.get("objet").asText() + ":" + e.get("objetId").asText()));
        return objets;
    }

    private String cloturee(String chambre, String date) {
        String id = seances.creer(chambre, date, CSEF).get("id").asText();
        cloturer(id);
        return id;
    }

    /** Closed on its day (the suite's séances are dated ahead: {@link JourDeSeance}). */
    private void cloturer(String seance) {
        JourDeSeance.le(seance(seance).get("date").asText(), () -> {
            Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");
            assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        });
    }

    /** Recorded on the day of the séance that approves. */
    private Api.Reponse approuver(String seance, String pv, Map<String, Object> saisie) {
        Map<String, Object> corps = new HashMap<>(saisie);
        if (pv != null) {
            corps.put("seanceId", Long.valueOf(pv));
        }
        Api.Reponse[] reponse = new Api.Reponse[1];
        JourDeSeance.le(seance(seance).get("date").asText(), () -> reponse[0] = api.post("coordinateur",
                "/api/seances/" + seance + "/approbations-pv", corps));
        return reponse[0];
    }

    private JsonNode seance(String id) {
        Api.Reponse reponse = api.get("coordinateur", "/api/seances/" + id);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        return reponse.json();
    }

    private static JsonNode approbation(JsonNode points, String pv) {
        for (JsonNode point : points) {
            if (point.get("seanceId").asText().equals(pv)) {
                return point;
            }
        }
        throw new AssertionError("Pas d'approbation du PV de la séance " + pv + " dans " + points);
    }

    private String html(String seance) {
        Api.Reponse page = api.envoyer(api.requete("membre2", "/api/seances/" + seance + "/proces-verbal")
                .header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(200);
        return page.corps().replace("&#39;", "'");
    }

    private byte[] pdf(String seance) {
        HttpResponse<byte[]> reponse = api.telecharger("membre2", "/api/seances/" + seance + "/proces-verbal?format=pdf");
        assertThat(reponse.statusCode()).isEqualTo(200);
        return reponse.body();
    }
}
