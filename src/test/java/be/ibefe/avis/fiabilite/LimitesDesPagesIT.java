package be.ibefe.avis.fiabilite;

import static be.ibefe.avis.fiabilite.CasLimites.texteDe;
import static be.ibefe.avis.fiabilite.CasLimites.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.ChampDonnees;
import be.ibefe.avis.dossier.SaisieDossier;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.fiabilite.CasLimites.Cas;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.PageHtml;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import be.ibefe.avis.tasks.ChampFormulaire;
import be.ibefe.avis.tasks.Formulaire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The documented limits through the pages, as a signed-in user submits their forms over HTTP (form login, CSRF
 * token): the « nouveau dossier » form of every type with each field of {@link CasLimites} (the cases the API is tried
 * with), the task forms at their form's {@code maxLength}, a comment, a derogation, a séance's deliberation and a
 * document. At the limit the form is accepted and what was typed is stored whole (read back through the API); one
 * step above, the page comes back in 400 with the French message beside the field and every typed value in its
 * field, and nothing is stored.
 */
@AvisIntegrationTest
class LimitesDesPagesIT {

    private static final String CATEGORIE = "Limites documentées";
    private static final List<String> CHAMPS_DE_LA_DEMANDE = List.of("demandeur.nom", "demandeur.categorie",
            "demandeur.bce", "demandeur.email", "demandeur.adresse.rue", "demandeur.adresse.codePostal",
            "demandeur.adresse.localite", "objet", "dateReception", "echeance", "referenceExterne");

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${avis.documents.taille-max}")
    DataSize tailleMaxDocument;

    @Autowired
    PolesDeTest polesDeTest;

    /** The active pôle the requests for an avis d'opportunité designate at their limits. */
    LongSupplier pole;

    Api api;
    Taches taches;
    SessionPages coordination;
    SessionPages analyste;

    @BeforeEach
    void sessions() {
        api = new Api(port);
        pole = polesDeTest.unPole(LocalDate.of(2024, 3, 6));
        taches = new Taches(api, travaux);
        coordination = new SessionPages(port, "coordinateur");
        analyste = new SessionPages(port, "analyste");
    }

    @TestFactory
    Stream<DynamicTest> every_field_of_the_nouveau_dossier_page_at_its_limit_and_above() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Cas cas : CasLimites.deLaDemande()) {
            tests.add(DynamicTest.dynamicTest(cas.champ() + " " + cas.description(),
                    () -> essayer(AvisType.CISP_AGREMENT, cas)));
        }
        for (AvisType type : AvisType.values()) {
            for (Cas cas : CasLimites.desDonnees(type, pole)) {
                tests.add(DynamicTest.dynamicTest("%s %s %s".formatted(type, cas.champ(), cas.description()),
                        () -> essayer(type, cas)));
            }
        }
        return tests.stream();
    }

    @Test
    void the_missing_pieces_of_the_recevabilite_form_at_its_maxlength_and_above() {
        String dossier = nouveauDossier();
        String tache = prendre(dossier, "Task_VerifierRecevabilite");
        int limite = longueurMax("verifier-recevabilite.form", "piecesManquantes");

        refuse(analyste, "/taches/" + tache, List.of(Map.entry("piecesManquantes", texteDe(limite + 1))),
                "erreur-piecesManquantes",
                () -> dossier(dossier).get("statut").asText().equals("INCOMPLET") ? 1L : 0L);
        HttpResponse<String> accepte = analyste.poster("/taches/" + tache,
                List.of(Map.entry("piecesManquantes", texteDe(limite))));
        travaux.executerEnAttente();

        assertThat(accepte.statusCode()).as(accepte.body()).isEqualTo(302);
        JsonNode incomplet = dossier(dossier);
        assertThat(incomplet.get("statut").asText()).isEqualTo("INCOMPLET");
        assertThat(incomplet.get("piecesManquantes").asText()).isEqualTo(texteDe(limite));
        compter("formulaire de recevabilité, piecesManquantes", limite);
    }

    /** During the analysis: a comment, a derogation and the analysis itself, then the séance's deliberation. */
    @Test
    void the_analysis_and_the_seance_pages_at_their_limits_and_above() {
        String dossier = nouveauDossier();
        taches.terminer("analyste", dossier, "Task_VerifierRecevabilite", Map.of("complet", true));
        String tache = prendre(dossier, "Task_AnalyserDossier");
        String page = "/taches/" + tache;

        int commentaire = 4000;
        Supplier<Long> commentaires = () -> jdbc.queryForObject(
                "select count(*) from dossier_commentaire where dossier_id = ?", Long.class, Long.valueOf(dossier));
        refuse(analyste, page + "/commentaires", List.of(Map.entry("commentaire", texteDe(commentaire + 1))),
                "erreur-commentaire", commentaires);
        accepte(analyste, page + "/commentaires", List.of(Map.entry("commentaire", texteDe(commentaire))));
        assertThat(jdbc.queryForObject("select texte from dossier_commentaire where dossier_id = ?", String.class,
                Long.valueOf(dossier))).isEqualTo(texteDe(commentaire));
        compter("commentaire", commentaire);

        int derogation = 4000;
        String critere = dossier(dossier).get("eligibilite").get(0).get("code").asText();
        String deroger = page + "/criteres/" + critere + "/derogation";
        refuse(analyste, deroger, List.of(Map.entry("resultat", "OK"), Map.entry("motivation",
                texteDe(derogation + 1))), "erreur-derogation-" + critere + "-motivation",
                () -> dossier(dossier).get("eligibilite").get(0).get("derogation").isNull() ? 0L : 1L);
        accepte(analyste, deroger, List.of(Map.entry("resultat", "OK"), Map.entry("motivation",
                texteDe(derogation))));
        assertThat(dossier(dossier).get("eligibilite").get(0).at("/derogation/motivation").asText())
                .isEqualTo(texteDe(derogation));
        compter("dérogation, motivation", derogation);

        int analyse = longueurMax("analyser-dossier.form", "motivation");
        refuse(analyste, page, List.of(Map.entry("propositionAvis", "FAVORABLE"), Map.entry("motivation",
                texteDe(analyse + 1))), "erreur-motivation",
                () -> dossier(dossier).get("proposition").isNull() ? 0L : 1L);
        accepte(analyste, page, List.of(Map.entry("propositionAvis", "FAVORABLE"), Map.entry("motivation",
                texteDe(analyse))));
        travaux.executerEnAttente();
        assertThat(dossier(dossier).at("/proposition/motivation").asText()).isEqualTo(texteDe(analyse));
        compter("formulaire d'analyse, motivation", analyse);

        deliberer(dossier);
    }

    @Test
    void a_document_at_the_maximum_size_is_kept_and_one_byte_more_is_refused_in_french() {
        String dossier = nouveauDossier();
        String documents = "/dossiers/" + dossier + "/documents";
        int limite = Math.toIntExact(tailleMaxDocument.toBytes());

        HttpResponse<String> accepte = analyste.deposer(documents, "fichier", "grand.pdf",
                Fichiers.pdfDeTaille(limite), Map.of("retour", documents));
        String apres = suivre(accepte);
        HttpResponse<String> refuse = analyste.deposer(documents, "fichier", "trop-grand.pdf",
                Fichiers.pdfDeTaille(limite + 1), Map.of("retour", documents));
        String refus = suivre(refuse);

        assertThat(apres).contains("Document « grand.pdf » déposé.");
        assertThat(refus).as("the page's alert, not an error page").containsPattern(
                "<p class=\"erreurs\" role=\"alert\">[^<]*taille maximale[^<]*</p>").contains("id=\"fichier\"");
        JsonNode gardes = api.get("analyste", "/api/dossiers/" + dossier + "/documents").json();
        assertThat(gardes).hasSize(1);
        assertThat(gardes.get(0).get("taille").asLong()).isEqualTo(limite);
        Fiabilite.compter(CATEGORIE, "page des documents : document de %d octets (la limite)".formatted(limite),
                "accepté à la limite");
        Fiabilite.compter(CATEGORIE, "page des documents : document d'un octet de plus", "refusé au-delà");
    }

    /**
     * The same request posted at once from four sessions of the « nouveau dossier » page: one dossier, one process,
     * and every session sent to that dossier (the race on the unique external reference is the service's, not only
     * the API's).
     */
    @Test
    void concurrent_registrations_of_one_external_reference_through_the_page_lead_to_one_dossier() throws Exception {
        List<Map.Entry<String, String>> saisie =
                saisie(AvisType.CISP_AGREMENT, unique(Demandes.pour(AvisType.CISP_AGREMENT)));
        String reference = saisie.stream().filter(c -> c.getKey().equals("referenceExterne")).findFirst().orElseThrow()
                .getValue();
        List<SessionPages> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(new SessionPages(port, "coordinateur"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> reponses = new ArrayList<>();
        for (SessionPages session : sessions) {
            reponses.add(pool.submit(() -> {
                depart.await();
                return session.poster("/dossiers/nouveau", saisie);
            }));
        }
        depart.countDown();
        List<String> adresses = new ArrayList<>();
        for (Future<HttpResponse<String>> reponse : reponses) {
            assertThat(reponse.get().statusCode()).as(reponse.get().body()).isEqualTo(302);
            adresses.add(reponse.get().headers().firstValue("Location").orElseThrow());
        }
        pool.shutdown();

        assertThat(adresses).containsOnly(adresses.get(0));
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_externe = ?", Long.class,
                reference)).isOne();
    }

    private void essayer(AvisType type, Cas cas) {
        ObjectNode demande = unique(Demandes.pour(type));
        cas.changement().accept(demande);
        List<Map.Entry<String, String>> saisie = saisie(type, demande);
        if (cas.accepte()) {
            HttpResponse<String> reponse = coordination.poster("/dossiers/nouveau", saisie);
            assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(302);
            String adresse = reponse.headers().firstValue("Location").orElseThrow();
            String id = adresse.substring(adresse.lastIndexOf('/') + 1);
            JsonNode enregistre = dossier(id);
            for (String champ : List.of("objet", "referenceExterne", "demandeur", "donnees")) {
                assertThat(inclus(demande.get(champ), enregistre.get(champ)))
                        .as("%s enregistré : %s", champ, enregistre.get(champ)).isTrue();
            }
        } else {
            refuse(coordination, "/dossiers/nouveau", saisie, "erreur-" + cas.champ().replaceFirst("\\[\\d+]$", ""),
                    () -> jdbc.queryForObject("select count(*) from dossier", Long.class));
        }
        Fiabilite.compter(CATEGORIE, "page Nouveau dossier : %s %s".formatted(type,
                cas.champ().replaceAll("\\[\\d+]", "[n]")), cas.accepte() ? "accepté à la limite" : "refusé au-delà");
    }

    /**
     * Posts a form one step above a limit: the page comes back in 400 with the French message beside the field, every
     * typed value in its field (the count of a list's rows is the form's, not typed), and {@code stockes} unchanged.
     */
    private static void refuse(SessionPages session, String chemin, List<Map.Entry<String, String>> saisie,
            String message, Supplier<Long> stockes) {
        long avant = stockes.get();
        HttpResponse<String> reponse = session.poster(chemin, saisie);

        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(400);
        PageHtml page = new PageHtml(reponse.body());
        assertThat(page.texte(message)).as("message %s", message)
                .hasValueSatisfying(texte -> assertThat(texte).isNotBlank().doesNotContainIgnoringCase("must"));
        Map<String, List<String>> valeurs = page.valeurs();
        saisie.stream().filter(c -> !c.getKey().startsWith(SaisieDossier.LIGNES)).forEach(c ->
                assertThat(valeurs.get(c.getKey())).as("valeur saisie de %s", c.getKey()).contains(c.getValue()));
        assertThat(stockes.get()).as("rien n'est enregistré").isEqualTo(avant);
    }

    private static void accepte(SessionPages session, String chemin, List<Map.Entry<String, String>> saisie) {
        HttpResponse<String> reponse = session.poster(chemin, saisie);
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(302);
    }

    /** The séance page's deliberation form: its motivation and its recommendation at their limit and above. */
    private void deliberer(String dossier) {
        SeancesApi seances = new SeancesApi(api);
        String seance = seances.creer("CSEF", "2024-05-28", seances.membres("CSEF", "2024-05-28")).get("id")
                .asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + seance + "/ordre-du-jour/" + dossier, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);
        String deliberations = "/seances/" + seance + "/deliberations";
        int limite = 8000;
        Supplier<Long> decides = () -> api.get("coordinateur", "/api/seances/" + seance).json().get("points")
                .findValues("decision").stream().filter(d -> !d.isNull()).count();
        for (String champ : List.of("motivation", "recommandation")) {
            List<Map.Entry<String, String>> saisie = new ArrayList<>(List.of(Map.entry("dossierId", dossier),
                    Map.entry("decision", "FAVORABLE_AVEC_RECOMMANDATION")));
            saisie.add(Map.entry("motivation", texteDe(champ.equals("motivation") ? limite + 1 : 10)));
            saisie.add(Map.entry("recommandation", texteDe(champ.equals("recommandation") ? limite + 1 : 10)));
            refuse(coordination, deliberations, saisie, "erreur-point-" + dossier + "-" + champ, decides);
        }
        accepte(coordination, deliberations, List.of(Map.entry("dossierId", dossier),
                Map.entry("decision", "FAVORABLE_AVEC_RECOMMANDATION"), Map.entry("motivation", texteDe(limite)),
                Map.entry("recommandation", texteDe(limite))));

        JsonNode point = api.get("coordinateur", "/api/seances/" + seance).json().get("points").get(0);
        assertThat(point.get("motivation").asText()).isEqualTo(texteDe(limite));
        assertThat(point.get("recommandation").asText()).isEqualTo(texteDe(limite));
        compter("délibération en séance, motivation", limite);
        compter("délibération en séance, recommandation", limite);
    }

    /**
     * The « nouveau dossier » form as a user fills it to send {@code demande}: the request's fields, then each field
     * of the type's {@code donnees} under its JSON path, a list of texts one per line, a list of objects with the
     * count of its rows.
     */
    private static List<Map.Entry<String, String>> saisie(AvisType type, ObjectNode demande) {
        List<Map.Entry<String, String>> saisie = new ArrayList<>();
        saisie.add(Map.entry("type", type.name()));
        for (String champ : CHAMPS_DE_LA_DEMANDE) {
            JsonNode valeur = demande.at("/" + champ.replace('.', '/'));
            if (!valeur.isMissingNode() && !valeur.isNull()) {
                saisie.add(Map.entry(champ, valeur.asText()));
            }
        }
        champs(SchemasDonnees.champs(type), "donnees", demande.get("donnees"), saisie);
        return saisie;
    }

    private static void champs(List<ChampDonnees> schema, String chemin, JsonNode objet,
            List<Map.Entry<String, String>> saisie) {
        for (ChampDonnees champ : schema) {
            String ici = chemin + "." + champ.nom();
            JsonNode valeur = objet.path(champ.nom());
            if (champ instanceof ChampDonnees.Objet sous) {
                champs(sous.champs(), ici, valeur, saisie);
            } else if (champ instanceof ChampDonnees.Liste liste) {
                saisie.add(Map.entry(SaisieDossier.LIGNES + ici, String.valueOf(valeur.size())));
                for (int i = 0; i < valeur.size(); i++) {
                    champs(liste.champs(), ici + "[" + i + "]", valeur.get(i), saisie);
                }
            } else if (champ instanceof ChampDonnees.Codes) {
                valeur.forEach(code -> saisie.add(Map.entry(ici, code.asText())));
            } else if (champ instanceof ChampDonnees.Textes) {
                List<String> lignes = new ArrayList<>();
                valeur.forEach(ligne -> lignes.add(ligne.asText()));
                saisie.add(Map.entry(ici, String.join("\n", lignes)));
            } else if (!valeur.isMissingNode() && !valeur.isNull()) {
                saisie.add(Map.entry(ici, valeur.isBigDecimal() ? valeur.decimalValue().toPlainString()
                        : valeur.asText()));
            }
        }
    }

    /**
     * Whether everything sent is in what was stored: the same texts, the same numbers, lists of the same size; an
     * empty list is a form's empty field, stored as no list.
     */
    private static boolean inclus(JsonNode envoye, JsonNode enregistre) {
        if (envoye == null || envoye.isNull() || envoye.isArray() && envoye.isEmpty() && enregistre == null) {
            return true;
        }
        if (enregistre == null) {
            return false;
        }
        if (envoye.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> champs = envoye.fields();
            while (champs.hasNext()) {
                Map.Entry<String, JsonNode> champ = champs.next();
                if (!inclus(champ.getValue(), enregistre.get(champ.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (envoye.isArray()) {
            if (envoye.size() != enregistre.size()) {
                return false;
            }
            for (int i = 0; i < envoye.size(); i++) {
                if (!inclus(envoye.get(i), enregistre.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (envoye.isNumber()) {
            return enregistre.isNumber() && envoye.decimalValue().compareTo(enregistre.decimalValue()) == 0;
        }
        return envoye.asText().equals(enregistre.asText());
    }

    /** The {@code maxLength} of a field of a task's form, as the form file declares it. */
    private static int longueurMax(String formulaire, String cle) {
        try (InputStream fichier = Files.newInputStream(Path.of("forms", formulaire))) {
            ChampFormulaire champ = Formulaire.lire(fichier, new ObjectMapper()).champs().stream()
                    .filter(c -> c.cle().equals(cle)).findFirst().orElseThrow();
            assertThat(champ.longueurMax()).as("maxLength de %s dans %s", cle, formulaire).isNotNull();
            return champ.longueurMax();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String nouveauDossier() {
        Api.Reponse cree = api.post("coordinateur", "/api/dossiers", unique(Demandes.cispNouvelleFiliere()));
        assertThat(cree.status()).as(cree.corps()).isEqualTo(201);
        return cree.json().get("id").asText();
    }

    /** The dossier's task of this key, taken by the analyst through its page. */
    private String prendre(String dossier, String cle) {
        String tache = taches.tache("analyste", dossier, cle).get("id").asText();
        HttpResponse<String> prise = analyste.poster("/taches/" + tache + "/prendre", List.of());
        assertThat(prise.statusCode()).as(prise.body()).isEqualTo(302);
        return tache;
    }

    private JsonNode dossier(String id) {
        Api.Reponse reponse = api.get("coordinateur", "/api/dossiers/" + id);
        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(200);
        return reponse.json();
    }

    /** The page a form's redirection leads to, with the message it carries. */
    private String suivre(HttpResponse<String> reponse) {
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(302);
        String adresse = reponse.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = analyste.get(adresse.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static void compter(String champ, int limite) {
        Fiabilite.compter(CATEGORIE, "page %s de %d caractères (la limite)".formatted(champ, limite),
                "accepté à la limite");
        Fiabilite.compter(CATEGORIE, "page %s de %d caractères".formatted(champ, limite + 1), "refusé au-delà");
    }
}
