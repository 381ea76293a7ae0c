package be.ibefe.avis.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.JourDeSeance;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every address of the API and every page, for every demo account: the status each must get is written once, in
 * {@code src/test/resources/droits/matrice.csv}, and any cell that differs fails the build. So does a mapping of the
 * application that no row of the table calls: a new endpoint cannot be added without deciding who may use it.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatriceDesDroitsIT {

    private static final String TABLE = "/droits/matrice.csv";
    private static final List<String> COMPTES = List.of("anonyme", "coordinateur", "analyste", "membre1", "membre2",
            "admin", "aibefe", "coordhuy", "analystehuy");
    private static final String CONNEXION = "login";
    private static final String ANNEE_METIERS = "2097";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TaskService taskService;

    @Autowired
    Travaux travaux;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private final Map<String, String> ressources = new HashMap<>();
    private final Map<String, SessionPages> navigateurs = new HashMap<>();
    private final List<String> metiersCrees = new ArrayList<>();
    private final List<String> operateursCrees = new ArrayList<>();

    /** A row of the table: a request and, per account, the status it must get. */
    record Ligne(int numero, String methode, String chemin, String corps, Map<String, String> attendus) {

        /** The API and Actuator are called with HTTP Basic, as programs call them; the rest as pages. */
        boolean estApi() {
            return chemin.startsWith("/api/") || chemin.startsWith("/actuator");
        }

        /** Actuator's endpoints and Swagger UI's files are served by handlers of their own, not by a controller. */
        boolean horsDesControleurs() {
            return chemin.startsWith("/actuator") || chemin.startsWith("/swagger-ui/");
        }

        @Override
        public String toString() {
            return "ligne %d : %s %s".formatted(numero, methode, chemin);
        }
    }

    /** A request as sent: its method, address, body and body type. */
    record Requete(String methode, String chemin, String typeContenu, byte[] corps) {
    }

    @BeforeAll
    void ressourcesDeLiege() {
        api = new Api(port);
        JsonNode dossier = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json();
        String dossierId = dossier.get("id").asText();
        travaux.executerEnAttente();
        ressources.put("dossier", dossierId);
        ressources.put("tache", new Taches(api, travaux).tache("analyste", dossierId, "Task_VerifierRecevabilite")
                .get("id").asText());
        Api.Reponse document = api.postFichier("analyste", "/api/dossiers/" + dossierId + "/documents", "fichier",
                "note.pdf", Fichiers.pdf());
        assertThat(document.status()).as(document.corps()).isEqualTo(201);
        ressources.put("document", document.json().get("id").asText());

        String seance = new SeancesApi(api).creer("CSEF", "2031-03-04", List.of()).get("id").asText();
        JourDeSeance.le("2031-03-04", () -> {
            Api.Reponse cloture = api.post("coordinateur", "/api/seances/" + seance + "/cloture", "");
            assertThat(cloture.status()).as(cloture.corps()).isEqualTo(200);
        });
        ressources.put("seance", seance);

        ressources.put("import", importRefuse());
        ressources.put("mandat", String.valueOf(jdbc.queryForObject(
                "select min(id) from mandat where bassin = 'LIE' and chambre = 'CSEF'", Long.class)));
        ressources.put("processus", api.get("admin", "/api/admin/processus").json().get(0).get("cle").asText());
        for (String compte : COMPTES) {
            navigateurs.put(compte, new SessionPages(port, compte));
        }
    }

    @AfterAll
    void menage() {
        metiersCrees.forEach(id -> api.envoyer(api.requete("coordinateur",
                "/api/metiers-prioritaires/" + ANNEE_METIERS + "/" + id).DELETE()));
        operateursCrees.forEach(id -> api.envoyer(api.requete("admin",
                "/api/operateurs-ale-reconnus/LIE/" + id).DELETE()));
    }

    @Test
    void every_cell_of_the_table_is_what_the_application_answers() {
        List<String> ecarts = new ArrayList<>();
        for (Ligne ligne : lignes()) {
            for (String compte : COMPTES) {
                String attendu = ligne.attendus().get(compte);
                Requete requete = requete(ligne);
                HttpResponse<String> reponse = ligne.estApi() ? appelApi(compte, requete)
                        : navigateurs.get(compte).envoyer(requete.methode(), requete.chemin(),
                        requete.typeContenu(), requete.corps());
                String recu = lire(reponse);
                if (!recu.equals(attendu)) {
                    ecarts.add("%s, %s : attendu %s, reçu %s %s".formatted(ligne, compte, attendu, recu,
                            resume(reponse.body())));
                }
                taskService.setAssignee(ressources.get("tache"), null);
            }
        }
        assertThat(ecarts).as("cellules de %s qui diffèrent de l'application", TABLE).isEmpty();
    }

    @Test
    void every_mapping_of_the_application_has_its_row_in_the_table() {
        List<Ligne> lignes = lignes();
        List<MockHttpServletRequest> requetes = lignes.stream().map(this::requeteSimulee).toList();
        List<String> sansLigne = mappings.getHandlerMethods().keySet().stream()
                .filter(mapping -> requetes.stream().noneMatch(r -> mapping.getMatchingCondition(r) != null))
                .map(RequestMappingInfo::toString).sorted().toList();
        List<String> sansMapping = new ArrayList<>();
        for (int i = 0; i < lignes.size(); i++) {
            MockHttpServletRequest requete = requetes.get(i);
            if (!lignes.get(i).horsDesControleurs() && mappings.getHandlerMethods().keySet().stream()
                    .noneMatch(mapping -> mapping.getMatchingCondition(requete) != null)) {
                sansMapping.add(lignes.get(i).toString());
            }
        }

        assertThat(sansLigne).as("adresses de l'application sans ligne dans %s", TABLE).isEmpty();
        assertThat(sansMapping).as("lignes de %s qui n'appellent aucune adresse", TABLE).isEmpty();
    }

    /** The pages offer the upload only to whom the service lets upload, the API's rule. */
    @Test
    void the_upload_form_is_shown_only_to_whom_may_upload() {
        String documents = "/dossiers/" + ressources.get("dossier") + "/documents";
        Map<String, Boolean> formulaire = new LinkedHashMap<>();
        for (String compte : List.of("coordinateur", "analyste", "membre1", "membre2", "aibefe")) {
            HttpResponse<String> page = navigateurs.get(compte).get(documents);
            assertThat(page.statusCode()).as(compte).isEqualTo(200);
            formulaire.put(compte, page.body().contains("enctype=\"multipart/form-data\""));
        }

        assertThat(formulaire).containsExactly(Map.entry("coordinateur", true), Map.entry("analyste", true),
                Map.entry("membre1", false), Map.entry("membre2", false), Map.entry("aibefe", false));
    }

    private List<Ligne> lignes() {
        List<String> texte;
        try (InputStream table = getClass().getResourceAsStream(TABLE)) {
            assertThat(table).as(TABLE).isNotNull();
            texte = new String(table.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Ligne> lignes = new ArrayList<>();
        List<String> entete = null;
        for (int i = 0; i < texte.size(); i++) {
            String brute = texte.get(i);
            if (brute.isBlank() || brute.startsWith("#")) {
                continue;
            }
            List<String> cellules = Arrays.stream(brute.split(";", -1)).map(String::trim).toList();
            if (entete == null) {
                entete = cellules;
                assertThat(entete).as("en-tête de " + TABLE).isEqualTo(
                        Stream.concat(Stream.of("methode", "chemin", "corps"),
                                COMPTES.stream()).toList());
                continue;
            }
            assertThat(cellules).as("ligne %d de %s", i + 1, TABLE).hasSize(entete.size());
            Map<String, String> attendus = new LinkedHashMap<>();
            for (int c = 0; c < COMPTES.size(); c++) {
                String cellule = cellules.get(3 + c);
                assertThat(cellule).as("ligne %d, %s", i + 1, COMPTES.get(c)).matches("\\d{3}|" + CONNEXION);
                attendus.put(COMPTES.get(c), cellule);
            }
            lignes.add(new Ligne(i + 1, cellules.get(0), cellules.get(1), cellules.get(2), attendus));
        }
        Set<String> doublons = lignes.stream().collect(Collectors.groupingBy(l -> l.methode() + " " + l.chemin(),
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(doublons).as("requêtes écrites deux fois dans " + TABLE).isEmpty();
        return lignes;
    }

    /**
     * The row's request, its resources named; a {@code {metier}} or an {@code {operateur}} is created anew for each
     * request.
     */
    private Requete requete(Ligne ligne) {
        Map<String, Supplier<String>> valeurs = new HashMap<>();
        ressources.forEach((nom, valeur) -> valeurs.put(nom, () -> valeur));
        valeurs.put("metier", this::nouveauMetier);
        valeurs.put("operateur", this::nouvelOperateur);
        valeurs.put("tache-prise", () -> {
            taskService.setAssignee(ressources.get("tache"), "analyste");
            return ressources.get("tache");
        });
        String chemin = remplacer(ligne.chemin(), valeurs);
        String corps = remplacer(ligne.corps(), valeurs);
        if (corps.equals("-")) {
            return new Requete(ligne.methode(), chemin, null, new byte[0]);
        }
        int deuxPoints = corps.indexOf(':');
        String nature = corps.substring(0, deuxPoints);
        String contenu = corps.substring(deuxPoints + 1);
        return switch (nature) {
            case "json" -> new Requete(ligne.methode(), chemin, "application/json",
                    contenu.getBytes(StandardCharsets.UTF_8));
            case "form" -> new Requete(ligne.methode(), chemin, "application/x-www-form-urlencoded",
                    contenu.getBytes(StandardCharsets.UTF_8));
            case "multipart" -> multipart(ligne.methode(), chemin, contenu);
            default -> throw new IllegalArgumentException(ligne + " : corps « " + corps + " » inconnu");
        };
    }

    private static String remplacer(String texte, Map<String, Supplier<String>> valeurs) {
        Matcher nom = Pattern.compile("\\{([a-z-]+)}").matcher(texte);
        StringBuilder resultat = new StringBuilder();
        while (nom.find()) {
            Supplier<String> valeur = valeurs.get(nom.group(1));
            if (valeur == null) {
                throw new IllegalArgumentException("Ressource inconnue : " + nom.group());
            }
            nom.appendReplacement(resultat, Matcher.quoteReplacement(valeur.get()));
        }
        return nom.appendTail(resultat).toString();
    }

    private static Requete multipart(String methode, String chemin, String parties) {
        String frontiere = "----matrice" + System.nanoTime();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        for (Map.Entry<String, String> partie : formulaire(parties).entrySet()) {
            // « fichier@nom.pdf=contenu » is a file part
            String[] nom = partie.getKey().split("@", 2);
            String disposition = nom.length == 1 ? "" : "; filename=\"" + nom[1] + "\"";
            corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + nom[0] + "\""
                    + disposition + "\r\n\r\n" + partie.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        corps.writeBytes(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Requete(methode, chemin, "multipart/form-data; boundary=" + frontiere, corps.toByteArray());
    }

    private static Map<String, String> formulaire(String texte) {
        Map<String, String> champs = new LinkedHashMap<>();
        for (String champ : texte.split("&")) {
            if (!champ.isEmpty()) {
                String[] cleValeur = champ.split("=", 2);
                champs.put(URLDecoder.decode(cleValeur[0], StandardCharsets.UTF_8),
                        cleValeur.length > 1 ? URLDecoder.decode(cleValeur[1], StandardCharsets.UTF_8) : "");
            }
        }
        return champs;
    }

    /** The row's request as Spring MVC would see it, to find the mappings it reaches (no resource is created). */
    private MockHttpServletRequest requeteSimulee(Ligne ligne) {
        Map<String, Supplier<String>> valeurs = new HashMap<>();
        ressources.forEach((nom, valeur) -> valeurs.put(nom, () -> valeur));
        valeurs.put("metier", () -> "1");
        valeurs.put("operateur", () -> "1");
        valeurs.put("tache-prise", () -> ressources.get("tache"));
        String chemin = remplacer(ligne.chemin(), valeurs);
        int question = chemin.indexOf('?');
        MockHttpServletRequest requete = new MockHttpServletRequest(ligne.methode(),
                question < 0 ? chemin : chemin.substring(0, question));
        if (question >= 0) {
            requete.setQueryString(chemin.substring(question + 1));
            formulaire(chemin.substring(question + 1)).forEach(requete::addParameter);
        }
        requete.addHeader("Accept", "*/*");
        String corps = ligne.corps();
        if (corps.startsWith("json:")) {
            requete.setContentType("application/json");
        } else if (corps.startsWith("form:")) {
            requete.setContentType("application/x-www-form-urlencoded");
            formulaire(remplacer(corps.substring("form:".length()), valeurs)).forEach(requete::addParameter);
        } else if (corps.startsWith("multipart:")) {
            requete.setContentType("multipart/form-data; boundary=matrice");
            formulaire(corps.substring("multipart:".length())).forEach(requete::addParameter);
        }
        ServletRequestPathUtils.parseAndCache(requete);
        return requete;
    }

    private HttpResponse<String> appelApi(String compte, Requete requete) {
        HttpRequest.Builder http = api.requete(compte.equals(SessionPages.ANONYME) ? null : compte, requete.chemin());
        return transmettre(HttpClient.newHttpClient(), avecCorps(http, requete));
    }

    private static HttpRequest.Builder avecCorps(HttpRequest.Builder http, Requete requete) {
        if (requete.typeContenu() != null) {
            http.header("Content-Type", requete.typeContenu());
        }
        return http.method(requete.methode(), requete.corps().length == 0 && requete.methode().equals("GET")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(requete.corps()));
    }

    /** The status as the table writes it: a redirection to the sign-in page is « login ». */
    private static String lire(HttpResponse<String> reponse) {
        boolean versConnexion = reponse.statusCode() == 302 && reponse.headers().firstValue("Location")
                .filter(l -> URI.create(l).getPath().equals("/login")).isPresent();
        return versConnexion ? CONNEXION : String.valueOf(reponse.statusCode());
    }

    private static String resume(String corps) {
        String texte = corps == null ? "" : corps.replaceAll("\\s+", " ");
        Matcher detail = Pattern.compile("\"detail\":\"([^\"]*)\"").matcher(texte);
        if (detail.find()) {
            return "(" + detail.group(1) + ")";
        }
        Matcher titre = Pattern.compile("<h1>(.*?)</h1>").matcher(texte);
        return titre.find() ? "(" + titre.group(1) + ")" : "";
    }

    /** A métier of the table's year, for a row that deletes one. */
    private String nouveauMetier() {
        Api.Reponse cree = api.post("coordinateur", "/api/metiers-prioritaires/" + ANNEE_METIERS,
                Map.of("libelle", "Métier de la matrice " + System.nanoTime(), "action", "CREER"));
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        String id = cree.json().get("id").asText();
        metiersCrees.add(id);
        return id;
    }

    /** An operator of Liège's list of operators recognised for ALE trainings, for a row that removes one. */
    private String nouvelOperateur() {
        Api.Reponse cree = api.post("admin", "/api/operateurs-ale-reconnus/LIE",
                Map.of("nom", "Opérateur de la matrice " + System.nanoTime()));
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        String id = cree.json().get("id").asText();
        operateursCrees.add(id);
        return id;
    }

    /** An import whose only row is refused: it exists, is over, and created no dossier. */
    private String importRefuse() {
        String csv = "objet;dateReception\nImport de la matrice des droits;pas une date\n";
        Api.Reponse depot = api.postFichier("coordinateur", "/api/imports?type=EQUIPEMENT", "fichier", "matrice.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(depot.status()).as(depot.corps()).isEqualTo(202);
        String id = depot.json().get("id").asText();
        Instant limite = Instant.now().plus(Duration.ofSeconds(30));
        String statut = depot.json().get("statut").asText();
        while (!Set.of("TERMINE", "REFUSE", "ECHEC").contains(statut)) {
            assertThat(Instant.now()).as("fin de l'import " + id).isBefore(limite);
            travaux.executerEnAttente();
            statut = api.get("coordinateur", "/api/imports/" + id).json().get("statut").asText();
        }
        return id;
    }

    private static HttpResponse<String> transmettre(HttpClient client, HttpRequest.Builder requete) {
        try {
            return client.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
