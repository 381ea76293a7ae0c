package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@AvisIntegrationTest
class DossierApiIT {

    @LocalServerPort
    int port;

    @Autowired
    DossierRepository repository;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    DossierService service;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void registering_a_request_gives_a_yearly_reference_and_starts_its_process() {
        Api.Reponse reponse = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere());

        assertThat(reponse.status()).isEqualTo(201);
        JsonNode dossier = reponse.json();
        assertThat(reponse.brute().headers().firstValue("Location")).hasValue("/api/dossiers/" + dossier.get("id"));
        assertThat(dossier.get("reference").asText()).matches("LIE-CSEF-2024-\\d{4}");
        assertThat(dossier.get("statut").asText()).isEqualTo("RECU");
        assertThat(dossier.at("/demandeur/bce").asText()).isEqualTo("0403.170.701");
        assertThat(dossier.at("/donnees/filieres/0/codeRome").asText()).isEqualTo("G1602");
        assertThat(dossier.at("/historique/0/utilisateur").asText()).isEqualTo("coordinateur");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-cisp-agrement")
                .processInstanceBusinessKey(dossier.get("id").asText()).count()).isEqualTo(1);

        JsonNode lu = api.get("membre1", "/api/dossiers/" + dossier.get("id")).json();
        assertThat(lu.get("reference")).isEqualTo(dossier.get("reference"));
    }

    @Test
    void the_applicants_postal_address_is_kept_and_shown_and_optional() {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ((ObjectNode) demande.get("demandeur")).putObject("adresse").put("rue", "  Rue de la Station 12 ")
                .put("codePostal", "4000").put("localite", "Liège");

        JsonNode cree = api.post("coordinateur", "/api/dossiers", demande).json();
        JsonNode lu = api.get("coordinateur", "/api/dossiers/" + cree.get("id").asText()).json();
        JsonNode sans = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json();

        assertThat(lu.at("/demandeur/adresse/rue").asText()).isEqualTo("Rue de la Station 12");
        assertThat(lu.at("/demandeur/adresse/codePostal").asText()).isEqualTo("4000");
        assertThat(lu.at("/demandeur/adresse/localite").asText()).isEqualTo("Liège");
        assertThat(sans.at("/demandeur/adresse").isNull()).isTrue();
    }

    @Test
    void an_incomplete_postal_address_is_refused_part_by_part_in_french() {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ((ObjectNode) demande.get("demandeur")).putObject("adresse").put("codePostal", "40000");

        Api.Reponse reponse = refuser(() -> api.post("coordinateur", "/api/dossiers", demande));

        JsonNode erreurs = reponse.json().get("erreurs");
        assertThat(erreurs.findValuesAsText("champ")).contains("demandeur.adresse.rue",
                "demandeur.adresse.codePostal", "demandeur.adresse.localite");
        assertThat(erreurs.findValuesAsText("message")).contains(
                "La rue et le numéro sont obligatoires dans une adresse postale.",
                "Le code postal belge compte 4 chiffres, de 1000 à 9999 (ex. 4000).",
                "La localité est obligatoire dans une adresse postale.");
    }

    @Test
    void references_follow_each_other_within_a_year() {
        String premiere = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json()
                .get("reference").asText();
        String seconde = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json()
                .get("reference").asText();

        assertThat(numero(seconde)).isEqualTo(numero(premiere) + 1);
    }

    @Test
    void same_external_reference_twice_returns_the_first_dossier() {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        JsonNode premier = api.post("coordinateur", "/api/dossiers", demande).json();

        Api.Reponse second = api.post("analyste", "/api/dossiers", demande);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id")).isEqualTo(premier.get("id"));
        assertThat(repository.findByReferenceExterne(demande.get("referenceExterne").asText())).isPresent();
        assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances()
                .processInstanceBusinessKey(premier.get("id").asText()).count()).isEqualTo(1);
    }

    @Test
    void concurrent_registrations_of_one_external_reference_create_one_dossier() throws Exception {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Reponse>> reponses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Api.Reponse> appel = () -> api.post("coordinateur", "/api/dossiers", demande);
            reponses.add(pool.submit(appel));
        }
        List<Integer> statuts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<Api.Reponse> reponse : reponses) {
            statuts.add(reponse.get().status());
            ids.add(reponse.get().json().get("id").asText());
        }
        pool.shutdown();

        assertThat(statuts).containsOnlyOnce(201).containsOnly(201, 200);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances()
                .processInstanceBusinessKey(ids.get(0)).count()).isEqualTo(1);
    }

    @Test
    void unknown_type_is_refused_with_the_admitted_codes() {
        assertRefus(d -> d.put("type", "SUBVENTION"), "type", "CISP_AGREMENT");
    }

    @Test
    void missing_fields_are_all_reported_at_once() {
        Api.Reponse reponse = refuser(() -> api.post("coordinateur", "/api/dossiers", "{}"));

        assertThat(champs(reponse)).containsExactly("dateReception", "demandeur", "donnees", "objet", "type");
    }

    @Test
    void blank_fields_are_refused() {
        Api.Reponse reponse = refuser(() -> api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()
                .put("objet", "   ").set("demandeur", Demandes.cispNouvelleFiliere().objectNode()
                        .put("nom", "").put("categorie", "CISP"))));

        assertThat(champs(reponse)).containsExactly("demandeur.nom", "objet");
        assertThat(reponse.json().at("/erreurs/0/message").asText()).isEqualTo("Le nom du demandeur est obligatoire.");
    }

    @Test
    void malformed_json_is_refused() {
        Api.Reponse reponse = refuser(() -> api.postBrut("coordinateur", "/api/dossiers", "application/json",
                "{\"type\": \"CISP_AGREMENT\", \"objet\": "));

        assertThat(reponse.json().get("detail").asText()).startsWith("Le corps de la requête n'est pas un JSON valide");
    }

    @Test
    void date_in_another_format_is_refused() {
        assertRefus(d -> d.put("dateReception", "26/03/2024"), "dateReception", "AAAA-MM-JJ");
    }

    @Test
    void impossible_date_is_refused() {
        assertRefus(d -> d.put("dateReception", "2024-11-31"), "dateReception", "2024-11-31");
    }

    @Test
    void reception_in_the_future_is_refused() {
        assertRefus(d -> d.put("dateReception", LocalDate.now().plusDays(2).toString()).remove("echeance"),
                "dateReception", "futur");
    }

    @Test
    void deadline_before_reception_is_refused() {
        assertRefus(d -> d.put("echeance", "2024-03-11"), "echeance", "précéder");
    }

    @Test
    void invalid_enterprise_number_is_refused() {
        assertRefus(d -> ((ObjectNode) d.get("demandeur")).put("bce", "0403.170.702"), "demandeur.bce", "BCE");
    }

    @Test
    void donnees_built_by_a_form_with_big_numbers_are_not_seen_changed_at_every_flush() throws Exception {
        ObjectNode json = Demandes.creditAdaptation();
        ObjectNode formulaire = json.deepCopy().put("referenceExterne", "EXT-" + UUID.randomUUID());
        ObjectNode donnees = (ObjectNode) formulaire.get("donnees");
        // as the « nouveau dossier » page builds them
        donnees.put("montantDemande", new BigDecimal(donnees.get("montantDemande").asText()));
        donnees.put("heures", BigInteger.valueOf(donnees.get("heures").asLong()));

        long parApi = api.post("coordinateur", "/api/dossiers", json).json().get("id").asLong();
        long parFormulaire = service.enregistrer(objectMapper.treeToValue(formulaire, NouveauDossier.class))
                .dossier().id();

        assertThat(modifications(parFormulaire)).isEqualTo(modifications(parApi));
        assertThat(repository.findById(parFormulaire).orElseThrow().getDonnees().get("montantDemande").decimalValue())
                .isEqualByComparingTo("4320");
    }

    private long modifications(long dossier) {
        return jdbc.queryForObject("select count(*) from journal_audit where dossier_id = ? and action = 'MODIFICATION'",
                Long.class, dossier);
    }

    @Test
    void a_nul_character_is_refused_field_by_field_on_every_database() {
        assertRefus(d -> ((ObjectNode) d.get("demandeur")).put("nom", "Centre\u0000 Horizon"), "demandeur.nom",
                "Caractère nul");
        assertRefus(d -> ((ObjectNode) d.at("/donnees/filieres/0")).put("intitule", "a\u0000b"),
                "donnees.filieres[0].intitule", "Caractère nul");
    }

    @Test
    void a_nul_character_in_a_query_parameter_is_refused_with_its_name() {
        Api.Reponse reponse = api.get("coordinateur", "/api/dossiers?q=a%00b&type=APRC");

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(champs(reponse)).containsExactly("q");
        assertThat(reponse.json().at("/erreurs/0/message").asText()).contains("Caractère nul");
    }

    @Test
    void unknown_field_is_refused() {
        assertRefus(d -> d.put("dateReceptoin", "2024-03-12"), "dateReceptoin", "Champ inconnu");
    }

    @Test
    void a_body_of_ten_megabytes_is_refused_with_413() {
        long avant = repository.count();
        String enorme = "{\"type\":\"CISP_AGREMENT\",\"objet\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";

        Api.Reponse reponse = api.postBrut("coordinateur", "/api/dossiers", "application/json", enorme);

        assertThat(reponse.status()).isEqualTo(413);
        assertThat(reponse.estProbleme()).isTrue();
        assertThat(reponse.json().get("detail").asText()).contains("taille maximale");
        assertThat(repository.count()).isEqualTo(avant);
    }

    @Test
    void a_body_sent_in_chunks_past_the_limit_is_refused_with_413() {
        String enorme = "{\"type\":\"CISP_AGREMENT\",\"objet\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        byte[] octets = enorme.getBytes();
        HttpRequest.Builder requete = api.requete("coordinateur", "/api/dossiers")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(octets)));

        Api.Reponse reponse = api.envoyer(requete);

        assertThat(reponse.status()).isEqualTo(413);
        assertThat(reponse.estProbleme()).isTrue();
    }

    @Test
    void wrong_content_type_is_refused_with_415() {
        Api.Reponse reponse = api.postBrut("coordinateur", "/api/dossiers", "text/plain", "bonjour");

        assertThat(reponse.status()).isEqualTo(415);
        assertThat(reponse.estProbleme()).isTrue();
        assertThat(reponse.json().get("detail").asText()).contains("non pris en charge");
    }

    @Test
    void without_credentials_the_api_answers_401_in_french() {
        Api.Reponse anonyme = api.get(null, "/api/dossiers");
        Api.Reponse mauvais = api.envoyer(api.requete(null, "/api/dossiers")
                .header("Authorization", "Basic aW5jb25udTptYXV2YWlz"));

        assertThat(anonyme.status()).isEqualTo(401);
        assertThat(anonyme.estProbleme()).isTrue();
        assertThat(anonyme.json().get("detail").asText()).startsWith("Identifiez-vous");
        assertThat(mauvais.status()).isEqualTo(401);
    }

    @Test
    void unknown_dossier_is_404() {
        Api.Reponse reponse = api.get("coordinateur", "/api/dossiers/987654321");

        assertThat(reponse.status()).isEqualTo(404);
        assertThat(reponse.json().get("detail").asText()).isEqualTo("Aucun dossier n° 987654321.");
    }

    @Test
    void list_filters_by_type_status_year_and_text() {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        String nom = "CISP Filtre " + demande.get("referenceExterne").asText().substring(7, 15);
        ((ObjectNode) demande.get("demandeur")).put("nom", nom);
        JsonNode cree = api.post("coordinateur", "/api/dossiers", demande).json();

        JsonNode page = api.get("coordinateur",
                "/api/dossiers?type=CISP_AGREMENT&statut=RECU&annee=2024&q=" + nom.replace(" ", "%20")).json();
        assertThat(page.at("/page/totalElements").asInt()).isEqualTo(1);
        assertThat(page.at("/content/0/id")).isEqualTo(cree.get("id"));

        assertThat(api.get("coordinateur", "/api/dossiers?annee=2023&q=" + nom.replace(" ", "%20")).json()
                .at("/page/totalElements").asInt()).isZero();
        Api.Reponse mauvaisStatut = api.get("coordinateur", "/api/dossiers?statut=PERDU");
        assertThat(mauvaisStatut.status()).isEqualTo(400);
        assertThat(champs(mauvaisStatut)).containsExactly("statut");
        Api.Reponse mauvaisTri = api.get("coordinateur", "/api/dossiers?sort=motDePasse");
        assertThat(mauvaisTri.status()).isEqualTo(400);
        assertThat(champs(mauvaisTri)).containsExactly("sort");
    }

    private void assertRefus(Consumer<ObjectNode> alteration, String champ, String extrait) {
        ObjectNode demande = Demandes.cispNouvelleFiliere();
        alteration.accept(demande);
        Api.Reponse reponse = refuser(() -> api.post("coordinateur", "/api/dossiers", demande));

        assertThat(champs(reponse)).contains(champ);
        assertThat(reponse.json().get("erreurs").findValuesAsText("message")).anyMatch(m -> m.contains(extrait));
        assertThat(repository.findByReferenceExterne(demande.path("referenceExterne").asText())).isEmpty();
    }

    /** A 400 problem, and nothing stored: no dossier, no process instance. */
    private Api.Reponse refuser(Supplier<Api.Reponse> appel) {
        long dossiersAvant = repository.count();
        long processusAvant = runtimeService.createProcessInstanceQuery().count();

        Api.Reponse reponse = appel.get();

        assertThat(reponse.status()).as(reponse.corps()).isEqualTo(400);
        assertThat(reponse.estProbleme()).isTrue();
        assertThat(reponse.json().get("title").asText()).isEqualTo("Requête invalide");
        assertThat(repository.count()).isEqualTo(dossiersAvant);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processusAvant);
        return reponse;
    }

    private static List<String> champs(Api.Reponse reponse) {
        return reponse.json().get("erreurs").findValuesAsText("champ");
    }

    private static int numero(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }
}
