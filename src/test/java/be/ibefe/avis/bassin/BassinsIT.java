package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.DossiersEnBase;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two bassins in one deployment: Liège (the default one, user {@code coordinateur}, {@code analyste}) and
 * Huy-Waremme (demo user {@code coordhuy}, and {@code analystehuy} made here); {@code aibefe} has the regional role.
 * Neither bassin reads the other's dossiers, tasks or séances, through the API, the pages or the engine itself.
 */
@AvisIntegrationTest
class BassinsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PREFIXE = "BASSINS-IT-";

    @LocalServerPort
    int port;

    @Autowired
    Comptes comptes;

    @Autowired
    Bassins bassins;

    @Autowired
    Travaux travaux;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void deuxBassins() {
        api = new Api(port);
        comptes.assurerUtilisateur("analystehuy", "Hélène", "Analyste Huy", "analystehuy", Groupes.EQUIPE);
        bassins.affecter("analystehuy", "HUY");
    }

    @AfterEach
    void menage() {
        DossiersEnBase.supprimer(jdbc, PREFIXE);
    }

    @Test
    void each_bassin_numbers_its_own_references_with_its_code_in_front() {
        JsonNode liege = enregistrer("coordinateur", Demandes.cispNouvelleFiliere());
        JsonNode huy = enregistrer("coordhuy", Demandes.cispNouvelleFiliere());
        JsonNode huy2 = enregistrer("coordhuy", Demandes.equipement());

        assertThat(liege.get("bassin").asText()).isEqualTo("LIE");
        assertThat(liege.get("reference").asText()).matches("LIE-CSEF-2024-\\d{4}");
        assertThat(huy.get("bassin").asText()).isEqualTo("HUY");
        assertThat(huy.get("reference").asText()).matches("HUY-CSEF-2024-\\d{4}");
        assertThat(numero(huy2)).isEqualTo(numero(huy) + 1);
    }

    @Test
    void a_bassin_cannot_read_another_bassin_s_dossier_list_or_dossier() {
        JsonNode liege = enregistrer("coordinateur", Demandes.cispNouvelleFiliere());
        String id = liege.get("id").asText();
        String reference = liege.get("reference").asText();

        Api.Reponse vu = api.get("coordhuy", "/api/dossiers/" + id);
        assertThat(vu.status()).isEqualTo(404);
        assertThat(vu.json().get("detail").asText()).isEqualTo("Aucun dossier n° " + id + ".");
        assertThat(api.get("coordhuy", "/api/dossiers?q=" + reference).json().at("/page/totalElements").asLong())
                .isZero();
        assertThat(api.get("coordhuy", "/api/dossiers/" + id + "/documents").status()).isEqualTo(404);
        assertThat(api.get("coordhuy", "/api/dossiers/" + id + "/journal").status()).isEqualTo(404);
        assertThat(api.get("coordinateur", "/api/dossiers?q=" + reference).json().at("/page/totalElements").asLong())
                .isEqualTo(1);
        assertThat(api.get("aibefe", "/api/dossiers/" + id).status()).isEqualTo(200);
        // nor its documents, even by their number
        Api.Reponse document = api.postFichier("coordinateur", "/api/dossiers/" + id + "/documents", "fichier",
                "note.pdf", Fichiers.pdf());
        assertThat(document.status()).as(document.corps()).isEqualTo(201);
        String chemin = "/api/dossiers/" + id + "/documents/" + document.json().get("id").asText();
        assertThat(api.telecharger("coordinateur", chemin).statusCode()).isEqualTo(200);
        assertThat(api.telecharger("coordhuy", chemin).statusCode()).isEqualTo(404);
    }

    @Test
    void the_audit_trail_export_keeps_to_the_bassin_of_the_coordinator() {
        JsonNode liege = enregistrer("coordinateur", Demandes.cispNouvelleFiliere());
        String jour = LocalDate.now(be.ibefe.avis.system.ClockConfig.BRUXELLES).toString();
        String chemin = "/api/journal?depuis=" + LocalDate.parse(jour).minusDays(1) + "&jusqua=" + jour;

        assertThat(api.get("coordinateur", chemin).json().findValuesAsText("dossierId"))
                .contains(liege.get("id").asText());
        assertThat(api.get("coordhuy", chemin).json().findValuesAsText("dossierId"))
                .doesNotContain(liege.get("id").asText());

        // nor what belongs to a bassin without a dossier: a séance, a métier prioritaire even once removed
        Api.Reponse seance = api.post("coordinateur", "/api/seances", Map.of("chambre", "CSEF", "date",
                LocalDate.now().plusDays(30).toString()));
        assertThat(seance.status()).as(seance.corps()).isEqualTo(201);
        int annee = LocalDate.now().getYear();
        Api.Reponse metier = api.post("coordinateur", "/api/metiers-prioritaires/" + annee,
                Map.of("libelle", "Métier du journal " + seance.json().get("id").asText(), "action", "CREER"));
        assertThat(metier.status()).as(metier.corps()).isEqualTo(201);
        assertThat(api.envoyer(api.requete("coordinateur", "/api/metiers-prioritaires/" + annee + "/"
                + metier.json().get("id").asText()).DELETE()).status()).isEqualTo(204);
        List<String> liegeois = List.of("Seance:" + seance.json().get("id").asText(),
                "MetierPrioritaire:" + metier.json().get("id").asText());

        assertThat(objets(api.get("coordinateur", chemin).json())).containsAll(liegeois);
        assertThat(objets(api.get("coordhuy", chemin).json())).doesNotContainAnyElementsOf(liegeois);
        assertThat(objets(api.get("admin", chemin).json())).containsAll(liegeois);
    }

    private static List<String> objets(JsonNode journal) {
        return StreamSupport.stream(journal.spliterator(), false)
                .map(e -> e.get("objet").asText() + ":" + e.get("objetId").asText()).toList();
    }

    @Test
    void a_bassin_user_cannot_register_in_another_bassin_and_the_regional_role_must_name_one() {
        ObjectNode ailleurs = Demandes.cispNouvelleFiliere().put("bassin", "HUY");
        Api.Reponse refus = api.post("coordinateur", "/api/dossiers", ailleurs);
        assertThat(refus.status()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("bassin");
        assertThat(refus.json().at("/erreurs/0/message").asText()).contains("HUY");

        Api.Reponse inconnu = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere().put("bassin", "XYZ"));
        assertThat(inconnu.status()).isEqualTo(400);
        assertThat(inconnu.json().at("/erreurs/0/message").asText()).contains("inconnu", "LIE", "HUY");
    }

    @Test
    void the_same_external_reference_in_two_bassins_is_two_dossiers_and_stays_idempotent_in_each() {
        String externe = "EXT-" + UUID.randomUUID();
        ObjectNode demande = Demandes.cispNouvelleFiliere().put("referenceExterne", externe);

        Api.Reponse liege = api.post("coordinateur", "/api/dossiers", demande);
        Api.Reponse huy = api.post("coordhuy", "/api/dossiers", demande);
        Api.Reponse encore = api.post("coordhuy", "/api/dossiers", demande);

        assertThat(liege.status()).isEqualTo(201);
        assertThat(huy.status()).isEqualTo(201);
        assertThat(huy.json().get("id")).isNotEqualTo(liege.json().get("id"));
        assertThat(encore.status()).isEqualTo(200);
        assertThat(encore.json().get("id")).isEqualTo(huy.json().get("id"));
    }

    @Test
    void tasks_are_offered_within_their_bassin_only_by_the_api_and_by_the_engine() {
        JsonNode liege = enregistrer("coordinateur", Demandes.cispNouvelleFiliere());
        JsonNode huy = enregistrer("coordhuy", Demandes.cispNouvelleFiliere());
        String tacheLiege = new Taches(api, travaux).tache("analyste", liege.get("id").asText(),
                "Task_VerifierRecevabilite").get("id").asText();

        assertThat(dossiersDesTaches("analystehuy", huy)).containsOnly(huy.get("id").asLong());
        assertThat(dossiersDesTaches("analystehuy", liege)).isEmpty();
        assertThat(dossiersDesTaches("analyste", liege)).containsOnly(liege.get("id").asLong());
        assertThat(dossiersDesTaches("analyste", huy)).isEmpty();
        assertThat(api.post("analystehuy", "/api/taches/" + tacheLiege + "/claim", Map.of()).status()).isEqualTo(404);
        Api.Reponse completer = api.post("analystehuy", "/api/taches/" + tacheLiege + "/complete",
                Map.of("complet", true));
        assertThat(completer.status()).isEqualTo(404);
        assertThat(taskService.createTaskQuery().taskId(tacheLiege).singleResult().getAssignee()).isNull();

        // the engine itself: instances and tasks carry their bassin as tenant, and its tenant check hides them
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-cisp-agrement")
                .processInstanceBusinessKey(huy.get("id").asText()).singleResult().getTenantId()).isEqualTo("HUY");
        identityService.setAuthentication("analystehuy", List.of(Groupes.EQUIPE), List.of("HUY"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(liege.get("id").asText()).count())
                    .isZero();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(huy.get("id").asText()).count())
                    .isPositive();
        } finally {
            identityService.clearAuthentication();
        }

        // and a task of one's own bassin goes on as before
        new Taches(api, travaux).terminer("analystehuy", huy.get("id").asText(), "Task_VerifierRecevabilite",
                Map.of("complet", true));
        assertThat(api.get("coordhuy", "/api/dossiers/" + huy.get("id").asText()).json().get("statut").asText())
                .isNotEqualTo("RECU");
    }

    @Test
    void seances_belong_to_their_bassin_and_their_agenda_takes_only_its_dossiers() {
        Api.Reponse creee = api.post("coordhuy", "/api/seances", Map.of("chambre", "CSEF", "date",
                LocalDate.now().plusDays(20).toString()));
        assertThat(creee.status()).as(creee.corps()).isEqualTo(201);
        long seance = creee.json().get("id").asLong();
        assertThat(creee.json().get("bassin").asText()).isEqualTo("HUY");

        assertThat(api.get("coordinateur", "/api/seances/" + seance).status()).isEqualTo(404);
        assertThat(api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour", Map.of()).status())
                .isEqualTo(404);
        Api.Reponse agenda = api.post("coordhuy", "/api/seances/" + seance + "/ordre-du-jour", Map.of());
        assertThat(agenda.status()).isEqualTo(200);
        for (JsonNode dossier : agenda.json().get("ordreDuJour")) {
            assertThat(api.get("coordhuy", "/api/dossiers/" + dossier.asText()).json().get("bassin").asText())
                    .isEqualTo("HUY");
        }
    }

    @Test
    void the_regional_role_gets_the_consolidated_report_and_each_bassin_its_own() {
        int annee = 2011;
        DossiersEnBase.supprimer(jdbc, PREFIXE);
        DossiersEnBase.inserer(jdbc, List.of(
                DossiersEnBase.Ligne.recu(PREFIXE + "L1", AvisType.APRC, LocalDate.of(annee, 4, 2))
                        .notifieApres(Decision.FAVORABLE, 30),
                DossiersEnBase.Ligne.recu(PREFIXE + "L2", AvisType.APRC, LocalDate.of(annee, 4, 3))
                        .notifieApres(Decision.DEFAVORABLE, 30),
                DossiersEnBase.Ligne.recu(PREFIXE + "H1", AvisType.APRC, LocalDate.of(annee, 5, 2))
                        .notifieApres(Decision.FAVORABLE, 20),
                DossiersEnBase.Ligne.recu(PREFIXE + "H2", AvisType.EQUIPEMENT, LocalDate.of(annee, 5, 3))));
        jdbc.update("update dossier set bassin = 'HUY' where reference like ?", PREFIXE + "H%");

        JsonNode liege = rapport("coordinateur", "");
        JsonNode huy = rapport("coordhuy", "");
        JsonNode consolide = rapport("aibefe", "");

        assertThat(aprc(liege).get("recus").asInt()).isEqualTo(2);
        assertThat(aprc(huy).get("recus").asInt()).isEqualTo(1);
        assertThat(huy.at("/totaux/recus").asInt()).isEqualTo(2);
        assertThat(aprc(consolide).get("recus").asInt()).isEqualTo(3);
        assertThat(aprc(consolide).get("favorables").asInt()).isEqualTo(2);
        assertThat(consolide.at("/totaux/recus").asInt())
                .isEqualTo(liege.at("/totaux/recus").asInt() + huy.at("/totaux/recus").asInt());
        assertThat(rapport("aibefe", "&bassin=HUY")).isEqualTo(huy);

        // the text speaks of the AIBEFE and its bassins by name for the regional role, of its own Instance for a bassin
        assertThat(chapitre("aibefe", "")).contains("Avis remis par l'ensemble des Instances Bassin EFE de l'AIBEFE (")
                .contains("Huy-Waremme", "Liège").doesNotContain("[à compléter");
        assertThat(chapitre("coordhuy", "")).contains("Avis remis par l'Instance Bassin Enseignement qualifiant - "
                + "Formation - Emploi de Huy-Waremme").doesNotContain("Liège", "AIBEFE");
        assertThat(chapitre("aibefe", "&bassin=HUY")).isEqualTo(chapitre("coordhuy", ""));
        assertThat(chapitre("coordinateur", "")).contains("Avis remis par l'Instance Bassin Enseignement qualifiant - "
                + "Formation - Emploi de Liège").doesNotContain("Huy", "AIBEFE");

        Api.Reponse horsPerimetre = api.get("coordinateur", "/api/rapports/activite?annee=" + annee + "&bassin=HUY");
        assertThat(horsPerimetre.status()).isEqualTo(400);
        assertThat(horsPerimetre.json().at("/erreurs/0/champ").asText()).isEqualTo("bassin");
    }

    @Test
    void the_pages_of_one_bassin_do_not_show_another_s_dossiers() throws Exception {
        JsonNode liege = enregistrer("coordinateur", Demandes.cispNouvelleFiliere());
        JsonNode huy = enregistrer("coordhuy", Demandes.cispNouvelleFiliere());
        HttpClient navigateur = connecter("coordhuy");

        HttpResponse<String> dossier = page(navigateur, "/dossiers/" + liege.get("id").asText());
        assertThat(dossier.statusCode()).isEqualTo(404);
        assertThat(dossier.body()).doesNotContain(liege.get("reference").asText());
        HttpResponse<String> liste = page(navigateur, "/dossiers?q=" + liege.get("reference").asText());
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).doesNotContain("/dossiers/" + liege.get("id").asText() + "\"");
        HttpResponse<String> sienne = page(navigateur, "/dossiers?q=" + huy.get("reference").asText());
        assertThat(sienne.body()).contains("/dossiers/" + huy.get("id").asText() + "\"");
    }

    @Test
    void the_regional_role_reads_every_bassin_s_dossiers_in_the_pages_one_bassin_at_a_time_if_it_likes() throws Exception {
        JsonNode liege = enregistrer("coordinateur", Demandes.cispNouvelleFiliere());
        JsonNode huy = enregistrer("coordhuy", Demandes.cispNouvelleFiliere());
        HttpClient navigateur = connecter("aibefe");
        String lienLiege = "/dossiers/" + liege.get("id").asText() + "\"";
        String lienHuy = "/dossiers/" + huy.get("id").asText() + "\"";

        HttpResponse<String> tous = page(navigateur, "/dossiers");
        assertThat(tous.statusCode()).isEqualTo(200);
        assertThat(tous.body()).contains(lienLiege, lienHuy, "<label for=\"bassin\">Bassin</label>",
                "Huy-Waremme (HUY)", "href=\"/rapports/activite\"");
        // the menu's link opens the report on a year, every bassin or the one chosen
        HttpResponse<String> rapport = page(navigateur, "/rapports/activite");
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(200);
        assertThat(rapport.body()).contains("<option value=\"\">Tous les bassins</option>", "Huy-Waremme (HUY)");
        HttpResponse<String> huyLa = page(navigateur, "/dossiers?bassin=HUY");
        assertThat(huyLa.body()).contains(lienHuy).doesNotContain(lienLiege);
        HttpResponse<String> dossier = page(navigateur, "/dossiers/" + liege.get("id").asText());
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.body()).contains(liege.get("reference").asText());

        // reading only: no upload form, and an upload is refused
        HttpResponse<String> documents = page(navigateur, "/dossiers/" + huy.get("id").asText() + "/documents");
        assertThat(documents.statusCode()).isEqualTo(200);
        assertThat(documents.body()).doesNotContain("enctype=\"multipart/form-data\"");
        Matcher jeton = CSRF.matcher(documents.body());
        assertThat(jeton.find()).isTrue();
        String limite = "----limite";
        HttpResponse<String> depot = navigateur.send(HttpRequest.newBuilder(uri("/dossiers/" + huy.get("id").asText()
                        + "/documents?_csrf=" + URLEncoder.encode(jeton.group(1), StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + limite)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(limite, Fichiers.pdf()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(depot.statusCode()).isEqualTo(403);
        assertThat(api.get("coordhuy", "/api/dossiers/" + huy.get("id").asText() + "/documents").json()).isEmpty();
        // the same request by the bassin's coordinator is accepted: the refusal above is the role's
        HttpClient coordinateur = connecter("coordhuy");
        Matcher sien = CSRF.matcher(page(coordinateur, "/dossiers/" + huy.get("id").asText() + "/documents").body());
        assertThat(sien.find()).isTrue();
        HttpResponse<String> accepte = coordinateur.send(HttpRequest.newBuilder(uri("/dossiers/"
                        + huy.get("id").asText() + "/documents?_csrf=" + URLEncoder.encode(sien.group(1),
                        StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + limite)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(limite, Fichiers.pdf()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepte.statusCode()).isEqualTo(302);
        assertThat(api.get("coordhuy", "/api/dossiers/" + huy.get("id").asText() + "/documents").json()).hasSize(1);

        // a bassin's user has no bassin to choose
        assertThat(page(connecter("coordhuy"), "/dossiers").body()).doesNotContain("<label for=\"bassin\">");
    }

    /** A form's body with one file, {@code fichier}, as a browser sends it. */
    private static byte[] multipart(String limite, byte[] pdf) {
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        corps.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"note.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.writeBytes(pdf);
        corps.writeBytes(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return corps.toByteArray();
    }

    /** A browser's session (cookie, CSRF token) signed in through the login form. */
    private HttpClient connecter(String utilisateur) throws Exception {
        HttpClient navigateur = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher jeton = CSRF.matcher(page(navigateur, "/login").body());
        assertThat(jeton.find()).isTrue();
        HttpResponse<String> connexion = navigateur.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + utilisateur + "&password=" + utilisateur
                        + "&_csrf=" + URLEncoder.encode(jeton.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(connexion.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return navigateur;
    }

    private HttpResponse<String> page(HttpClient navigateur, String chemin) throws Exception {
        return navigateur.send(HttpRequest.newBuilder(uri(chemin)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    private JsonNode rapport(String utilisateur, String suite) {
        Api.Reponse reponse = api.get(utilisateur, "/api/rapports/activite?annee=2011" + suite);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        return reponse.json();
    }

    /** The report's chapter as text (Markdown), established today. */
    private String chapitre(String utilisateur, String suite) {
        var reponse = api.telecharger(utilisateur, "/api/rapports/activite?annee=2011&format=md" + suite);
        assertThat(reponse.statusCode()).isEqualTo(200);
        return new String(reponse.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode aprc(JsonNode rapport) {
        return StreamSupport.stream(rapport.get("types").spliterator(), false)
                .filter(t -> t.get("type").asText().equals("APRC")).findFirst().orElseThrow();
    }

    /** The dossiers of the user's tasks on this dossier: the suite's other tests give him more than a page of tasks. */
    private List<Long> dossiersDesTaches(String utilisateur, JsonNode dossier) {
        Api.Reponse reponse = api.get(utilisateur, "/api/taches?dossierId=" + dossier.get("id").asText());
        assertThat(reponse.status()).isEqualTo(200);
        return StreamSupport.stream(reponse.json().spliterator(), false)
                .filter(t -> t.hasNonNull("dossierId")).map(t -> t.get("dossierId").asLong()).toList();
    }

    private JsonNode enregistrer(String utilisateur, ObjectNode demande) {
        Api.Reponse reponse = api.post(utilisateur, "/api/dossiers", demande);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        return reponse.json();
    }

    private static int numero(JsonNode dossier) {
        String reference = dossier.get("reference").asText();
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }
}
