package be.ibefe.avis.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.ChampDonnees;
import be.ibefe.avis.dossier.ChampDonnees.Entier;
import be.ibefe.avis.dossier.ChampDonnees.Liste;
import be.ibefe.avis.dossier.ChampDonnees.Montant;
import be.ibefe.avis.dossier.ChampDonnees.Objet;
import be.ibefe.avis.dossier.ChampDonnees.Texte;
import be.ibefe.avis.dossier.ChampDonnees.Textes;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Fichiers;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
        travaux = new Travaux(managementService, runtimeService);
    }

    /** One change of a request: what it does to the request, and the path of the field it puts at or over a limit. */
    private record Cas(String champ, String description, boolean accepte, Consumer<ObjectNode> changement) {
    }

    @TestFactory
    Stream<DynamicTest> every_field_of_every_avis_type_at_its_limit_and_above() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AvisType type : AvisType.values()) {
            List<Cas> cas = new ArrayList<>();
            casDesChamps(SchemasDonnees.champs(type), "donnees", d -> (ObjectNode) d.get("donnees"), cas);
            for (Cas un : cas) {
                tests.add(DynamicTest.dynamicTest("%s %s %s".formatted(type, un.champ(), un.description()),
                        () -> essayer(type, un)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_field_of_a_request_at_its_limit_and_above() {
        List<Cas> cas = new ArrayList<>();
        texte("objet", 2000, d -> d, cas);
        texte("referenceExterne", 200, d -> d, cas);
        texte("demandeur.nom", 300, d -> (ObjectNode) d.get("demandeur"), cas);
        cas.add(new Cas("demandeur.email", "de 254 caractères (la limite)", true,
                d -> ((ObjectNode) d.get("demandeur")).put("email", adresse(254))));
        cas.add(new Cas("demandeur.email", "de 255 caractères", false,
                d -> ((ObjectNode) d.get("demandeur")).put("email", adresse(255))));
        return cas.stream().map(un -> DynamicTest.dynamicTest(un.champ() + " " + un.description(),
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

        Api.Reponse aLaLimite = api.postFichier("analyste", chemin, "fichier", "grand.pdf", pdfDeTaille(limite));
        Api.Reponse auDela = api.postFichier("analyste", chemin, "fichier", "trop-grand.pdf", pdfDeTaille(limite + 1));

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
            List<Cas> cas = new ArrayList<>();
            casDesChamps(SchemasDonnees.champs(type), "donnees", d -> (ObjectNode) d.get("donnees"), cas);
            cas.stream().filter(Cas::accepte).filter(c -> !c.description().contains("minimum"))
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

    /** The cases of the fields of one object, found in the request by {@code objet}. */
    private static void casDesChamps(List<ChampDonnees> champs, String chemin,
            Function<ObjectNode, ObjectNode> objet, List<Cas> cas) {
        for (ChampDonnees champ : champs) {
            String ici = chemin + "." + champ.nom();
            if (champ instanceof Texte texte) {
                texte(ici, texte.longueurMax(), objet, cas);
            } else if (champ instanceof Entier entier) {
                    cas.add(new Cas(ici, "= %d (minimum)".formatted(entier.min()), true,
                            d -> objet.apply(d).put(champ.nom(), entier.min())));
                    cas.add(new Cas(ici, "= %d (maximum)".formatted(entier.max()), true,
                            d -> objet.apply(d).put(champ.nom(), entier.max())));
                    cas.add(new Cas(ici, "= %d".formatted(entier.min() - 1), false,
                            d -> objet.apply(d).put(champ.nom(), entier.min() - 1)));
                    cas.add(new Cas(ici, "= %d".formatted(entier.max() + 1), false,
                            d -> objet.apply(d).put(champ.nom(), entier.max() + 1)));
            } else if (champ instanceof Montant montant) {
                    cas.add(new Cas(ici, "= %s (maximum)".formatted(montant.max().toPlainString()), true,
                            d -> objet.apply(d).put(champ.nom(), montant.max())));
                    BigDecimal auDela = montant.max().add(new BigDecimal("0.01"));
                    cas.add(new Cas(ici, "= " + auDela.toPlainString(), false,
                            d -> objet.apply(d).put(champ.nom(), auDela)));
            } else if (champ instanceof Textes textes) {
                    cas.add(new Cas(ici, "de %d textes de %d caractères (la limite)".formatted(textes.maxElements(),
                            textes.longueurMax()), true, d -> objet.apply(d).set(champ.nom(),
                            textes(textes.maxElements(), textes.longueurMax()))));
                    cas.add(new Cas(ici, "de %d textes".formatted(textes.maxElements() + 1), false,
                            d -> objet.apply(d).set(champ.nom(), textes(textes.maxElements() + 1, 1))));
                    cas.add(new Cas(ici + "[0]", "de %d caractères".formatted(textes.longueurMax() + 1), false,
                            d -> objet.apply(d).set(champ.nom(), textes(1, textes.longueurMax() + 1))));
            } else if (champ instanceof Objet sous) {
                casDesChamps(sous.champs(), ici, d -> sousObjet(objet.apply(d), champ.nom()), cas);
            } else if (champ instanceof Liste liste) {
                    cas.add(new Cas(ici, "de %d éléments (la limite)".formatted(liste.maxElements()), true,
                            d -> repeter(objet.apply(d), champ.nom(), liste.maxElements())));
                    cas.add(new Cas(ici, "de %d éléments".formatted(liste.maxElements() + 1), false,
                            d -> repeter(objet.apply(d), champ.nom(), liste.maxElements() + 1)));
                    if (liste.minElements() > 0) {
                        cas.add(new Cas(ici, "de %d éléments".formatted(liste.minElements() - 1), false,
                                d -> repeter(objet.apply(d), champ.nom(), liste.minElements() - 1)));
                    }
                    casDesChamps(liste.champs(), ici + "[0]",
                            d -> (ObjectNode) objet.apply(d).withArray(champ.nom()).get(0), cas);
            }
            // codes and booleans have values, not limits
        }
    }

    private static void texte(String chemin, int longueurMax, Function<ObjectNode, ObjectNode> objet,
            List<Cas> cas) {
        String nom = chemin.substring(chemin.lastIndexOf('.') + 1);
        cas.add(new Cas(chemin, "de %d caractères (la limite)".formatted(longueurMax), true,
                d -> objet.apply(d).put(nom, texteDe(longueurMax))));
        cas.add(new Cas(chemin, "de %d caractères".formatted(longueurMax + 1), false,
                d -> objet.apply(d).put(nom, texteDe(longueurMax + 1))));
    }

    /** A text of {@code longueur} characters that says where it ends, accents included. */
    private static String texteDe(int longueur) {
        String motif = "Texte é à la limite — ";
        return motif.repeat(longueur / motif.length() + 1).substring(0, longueur);
    }

    private static ArrayNode textes(int nombre, int longueur) {
        ArrayNode liste = F.arrayNode();
        for (int i = 0; i < nombre; i++) {
            liste.add(texteDe(longueur));
        }
        return liste;
    }

    private static ObjectNode sousObjet(ObjectNode parent, String nom) {
        JsonNode existant = parent.get(nom);
        return existant instanceof ObjectNode objet ? objet : parent.putObject(nom);
    }

    /** The list made of {@code nombre} copies of its first element (or of an empty one). */
    private static void repeter(ObjectNode parent, String nom, int nombre) {
        JsonNode modele = parent.path(nom).path(0);
        ArrayNode liste = parent.putArray(nom);
        for (int i = 0; i < nombre; i++) {
            liste.add(modele.isObject() ? modele.deepCopy() : F.objectNode());
        }
    }

    private static ObjectNode unique(ObjectNode demande) {
        return demande.put("referenceExterne", "LIM-" + UUID.randomUUID());
    }

    /** A valid e-mail address of exactly {@code longueur} characters. */
    private static String adresse(int longueur) {
        String local = "a".repeat(64) + "@";
        StringBuilder domaine = new StringBuilder();
        while (local.length() + domaine.length() + 63 + 4 < longueur) {
            domaine.append("b".repeat(63)).append('.');
        }
        int reste = longueur - local.length() - domaine.length() - 3;
        return local + domaine + "c".repeat(reste) + ".be";
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

    /** A PDF of exactly {@code taille} bytes: a small one, then a comment up to the size. */
    private static byte[] pdfDeTaille(int taille) {
        byte[] pdf = Fichiers.pdf();
        byte[] contenu = Arrays.copyOf(pdf, taille);
        Arrays.fill(contenu, pdf.length, taille, (byte) '\n');
        return contenu;
    }
}
