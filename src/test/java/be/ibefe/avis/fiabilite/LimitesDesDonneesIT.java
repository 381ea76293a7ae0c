package be.ibefe.avis.fiabilite;

import static be.ibefe.avis.fiabilite.CasLimites.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.fiabilite.CasLimites.Cas;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
 * Every limit the application states, at the limit and one step above, through the API: each field of each avis
 * type's {@code donnees} as {@link SchemasDonnees} declares it (read from the declaration, so that a changed limit is
 * tested as it is), the fields of every request, the size of a JSON body and of a document. At the limit the request
 * is accepted; above it, refused with 400 (413 for a size) naming the field, and nothing is stored. A dossier with every
 * field at its limit at once then goes through the analysis: what was accepted breaks no later step.
 */
@AvisIntegrationTest
class LimitesDesDonneesIT {

    private static final String CATEGORIE = "Limites documentées";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    Travaux travaux;

    @Value("${avis.api.taille-max-json}")
    DataSize tailleMaxJson;

    @Value("${avis.documents.taille-max}")
    DataSize tailleMaxDocument;

    @Autowired
    PolesDeTest polesDeTest;

    /** The active pôle the requests for an avis d'opportunité designate at their limits. */
    LongSupplier pole;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
        pole = polesDeTest.unPole(LocalDate.of(2024, 3, 5));
        travaux = new Travaux(managementService, runtimeService);
    }

    @TestFactory
    Stream<DynamicTest> every_field_of_every_avis_type_at_its_limit_and_above() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AvisType type : AvisType.values()) {
            for (Cas un : CasLimites.desDonnees(type, pole)) {
                tests.add(DynamicTest.dynamicTest("%s %s %s".formatted(type, un.champ(), un.description()),
                        () -> essayer(type, un)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_field_of_a_request_at_its_limit_and_above() {
        return CasLimites.deLaDemande().stream().map(un -> DynamicTest.dynamicTest(un.champ() + " " + un.description(),
                () -> essayer(AvisType.CISP_AGREMENT, un)));
    }

    @Test
    void a_json_body_of_exactly_the_maximum_size_is_read_and_one_byte_more_is_refused() {
        long limite = tailleMaxJson.toBytes();

        Api.Reponse aLaLimite = api.postBrut("coordinateur", "/api/dossiers", "application/json",
                corpsDeTaille(limite));
        Api.Reponse auDela = api.postBrut("coordinateur", "/api/dossiers", "application/json",
                corpsDeTaille(limite + 1));

        assertThat(aLaLimite.status()).as(aLaLimite.corps()).isEqualTo(201);
        assertThat(auDela.status()).isEqualTo(413);
        assertThat(auDela.estProbleme()).isTrue();
        Fiabilite.compter(CATEGORIE, "corps JSON de %d octets (la limite)".formatted(limite), "201");
        Fiabilite.compter(CATEGORIE, "corps JSON d'un octet de plus", "413");
    }

    @Test
    void a_document_of_exactly_the_maximum_size_is_kept_and_one_byte_more_is_refused() {
        String dossier = api.post("coordinateur", "/api/dossiers", unique(Demandes.cispNouvelleFiliere())).json()
                .get("id").asText();
        String chemin = "/api/dossiers/" + dossier + "/documents";
        int limite = Math.toIntExact(tailleMaxDocument.toBytes());

        Api.Reponse aLaLimite = api.postFichier("analyste", chemin, "fichier", "grand.pdf", Fichiers.pdfDeTaille(limite));
        Api.Reponse auDela = api.postFichier("analyste", chemin, "fichier", "trop-grand.pdf", Fichiers.pdfDeTaille(limite + 1));

        assertThat(aLaLimite.status()).as(aLaLimite.corps()).isEqualTo(201);
        assertThat(auDela.status()).isEqualTo(413);
        assertThat(auDela.estProbleme()).isTrue();
        assertThat(api.get("analyste", chemin).json()).hasSize(1);
        Fiabilite.compter(CATEGORIE, "document de %d octets (la limite)".formatted(limite), "201");
        Fiabilite.compter(CATEGORIE, "document d'un octet de plus", "413");
    }

    /** Every field of a type at its limit at once, then the analysis evaluates the criteria over all of it. */
    @TestFactory
    Stream<DynamicTest> a_dossier_with_every_field_at_its_limit_goes_on_to_the_analysis() {
        return Arrays.stream(AvisType.values()).map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            ObjectNode demande = unique(Demandes.pour(type));
            CasLimites.desDonnees(type, pole).stream().filter(Cas::accepte).filter(c -> !c.description().contains("minimum"))
                    .forEach(c -> c.changement().accept(demande));
            Api.Reponse reponse = api.post("coordinateur", "/api/dossiers", demande);
            assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
            String dossier = reponse.json().get("id").asText();
            if (type == AvisType.ALE_FORMATION) {
                travaux.executerEnAttente();
            }
            String recevabilite = new Taches(api, travaux).completer("analyste", dossier, "Task_VerifierRecevabilite");
            assertThat(api.post("analyste", recevabilite, F.objectNode().put("complet", true)).status()).isEqualTo(204);
            travaux.executerEnAttente();
            assertThat(api.get("coordinateur", "/api/dossiers/" + dossier).json().get("statut").asText())
                    .isEqualTo("EN_ANALYSE");
            Fiabilite.compter(CATEGORIE, "dossier dont chaque champ est à sa limite, jusqu'à l'analyse",
                    "en analyse");
        }));
    }

    private void essayer(AvisType type, Cas cas) {
        ObjectNode demande = unique(Demandes.pour(type));
        cas.changement().accept(demande);
        Api.Reponse reponse = api.post("coordinateur", "/api/dossiers", demande);
        if (cas.accepte()) {
            assertThat(reponse.status()).as(reponse.corps()).isEqualTo(201);
        } else {
            assertThat(reponse.status()).as(reponse.corps()).isEqualTo(400);
            assertThat(reponse.estProbleme()).isTrue();
            assertThat(reponse.json().get("erreurs").findValuesAsText("champ")).contains(cas.champ());
            assertThat(jdbc.queryForObject("select count(*) from dossier where reference_externe = ?", Long.class,
                    demande.get("referenceExterne").asText())).as("rien n'est enregistré").isZero();
        }
        Fiabilite.compter(CATEGORIE, "%s %s".formatted(type, cas.champ().replaceAll("\\[\\d+]", "[n]")),
                cas.accepte() ? "accepté à la limite" : "refusé au-delà");
    }

    /** A valid request whose body is exactly {@code taille} bytes, padded in a field the schema does not describe. */
    private static String corpsDeTaille(long taille) {
        ObjectNode demande = unique(Demandes.cispNouvelleFiliere());
        ((ObjectNode) demande.get("donnees")).put("annexe", "");
        String vide = demande.toString();
        int manque = Math.toIntExact(taille - vide.getBytes(StandardCharsets.UTF_8).length);
        ((ObjectNode) demande.get("donnees")).put("annexe", "x".repeat(manque));
        return demande.toString();
    }
}
