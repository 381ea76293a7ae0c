package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Fichiers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET/PUT /api/bassins/{code}} and the logo: who reads and edits a bassin's identity, the refusals (nothing
 * stored), the journal, the optimistic lock. Edits are made on a bassin of the test's own ({@code IDT}), created by
 * the administrator, so that the demo bassins keep the identity other tests read.
 */
@AvisIntegrationTest
class IdentiteBassinApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "IDT";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Comptes comptes;

    @Autowired
    Bassins bassins;

    Api api;

    @BeforeEach
    void bassinDeTest() {
        api = new Api(port);
        Api.Reponse cree = api.post("admin", "/api/bassins", Map.of("code", CODE, "nom", "Bassin de test"));
        assertThat(cree.status()).as(cree.corps()).isIn(201, 409);
    }

    private Api.Reponse put(String utilisateur, String chemin, Object corps) {
        return api.envoyer(api.requete(utilisateur, chemin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(corps), StandardCharsets.UTF_8)));
    }

    private ObjectNode identite(JsonNode actuelle) {
        ObjectNode corps = JSON.createObjectNode();
        corps.put("version", actuelle.get("version").asLong());
        corps.put("nom", "Bassin de test");
        corps.put("nomOfficiel", "Instance Bassin Enseignement qualifiant - Formation - Emploi de test");
        corps.put("libelleCsef", "Chambre Emploi Formation (CEF)");
        corps.put("libelleBureau", "Bureau de l'Instance de test");
        corps.put("libellePleniere", "Instance plénière");
        corps.put("adresse", "Rue du Test 1\n9999 Testville");
        corps.put("lieuSignature", "Testville");
        ArrayNode signataires = corps.putArray("signataires");
        signataires.addObject().put("organe", "CSEF").put("nom", "Ancienne Présidente").put("fonction", "Présidente")
                .put("fin", "2024-02-29");
        signataires.addObject().put("organe", "CSEF").put("nom", "Présidente Intérim")
                .put("fonction", "Présidente f.f.").put("debut", "2024-03-01");
        signataires.addObject().put("organe", "COORDINATION").put("nom", "Coordinatrice de test")
                .put("fonction", "Coordinatrice");
        return corps;
    }

    private JsonNode actuelle() {
        Api.Reponse lue = api.get("admin", "/api/bassins/" + CODE);
        assertThat(lue.status()).as(lue.corps()).isEqualTo(200);
        return lue.json();
    }

    @Test
    void a_bassin_s_identity_is_read_by_its_own_people_and_the_regional_role_only() {
        JsonNode huy = api.get("coordhuy", "/api/bassins/HUY").json();
        assertThat(huy.get("nomOfficiel").asText())
                .isEqualTo("Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme");
        assertThat(huy.get("libelleCsef").asText()).isEqualTo("Chambre Emploi Formation (CEF)");
        assertThat(huy.get("signataires").findValuesAsText("nom")).contains("Présidente de démonstration");
        assertThat(api.get("analystehuy", "/api/bassins/HUY").status()).isEqualTo(200);
        assertThat(api.get("aibefe", "/api/bassins/HUY").status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/bassins/HUY").status()).isEqualTo(200);

        Api.Reponse liege = api.get("coordinateur", "/api/bassins/HUY");
        assertThat(liege.status()).isEqualTo(404);
        assertThat(liege.json().get("detail").asText()).isEqualTo("Aucun bassin « HUY ».");
        assertThat(api.get("coordhuy", "/api/bassins/LIE").status()).isEqualTo(404);
        assertThat(api.telecharger("coordinateur", "/api/bassins/HUY/logo").statusCode()).isEqualTo(404);
        assertThat(api.get("coordinateur", "/api/bassins/ZZZ").status()).isEqualTo(404);
    }

    @Test
    void only_the_bassin_s_coordination_or_an_administrator_edits_it() throws Exception {
        JsonNode huy = api.get("coordhuy", "/api/bassins/HUY").json();
        ObjectNode corps = identite(huy);

        assertThat(put("coordinateur", "/api/bassins/HUY", corps).status()).isEqualTo(404);
        assertThat(put("analystehuy", "/api/bassins/HUY", corps).status()).isEqualTo(403);
        assertThat(put("membrehuy1", "/api/bassins/HUY", corps).status()).isEqualTo(403);
        assertThat(put("aibefe", "/api/bassins/HUY", corps).status()).isEqualTo(403);
        // Huy-Waremme's coordinator who also holds the regional role reads Liège, but edits only his own bassin
        comptes.assurerUtilisateur("coordregionalhuy", "Rita", "Coordination Huy et AIBEFE", "coordregionalhuy",
                Groupes.COORDINATION, Groupes.REGIONAL);
        bassins.affecter("coordregionalhuy", "HUY");
        JsonNode lie = api.get("coordregionalhuy", "/api/bassins/LIE").json();
        assertThat(put("coordregionalhuy", "/api/bassins/LIE", identite(lie)).status()).isEqualTo(403);
        assertThat(api.postFichier("coordregionalhuy", "/api/bassins/LIE/logo", "fichier", "logo.png", png(10, 10, 0))
                .status()).isEqualTo(403);
        assertThat(api.postFichier("coordinateur", "/api/bassins/HUY/logo", "fichier", "logo.png", png(10, 10, 0))
                .status()).isEqualTo(404);
        assertThat(api.postFichier("analystehuy", "/api/bassins/HUY/logo", "fichier", "logo.png", png(10, 10, 0))
                .status()).isEqualTo(403);
        assertThat(api.get("coordhuy", "/api/bassins/HUY").json().get("version").asLong())
                .isEqualTo(huy.get("version").asLong());

        // its own coordination may: the same identity again, which changes nothing but its version
        ObjectNode memes = JSON.createObjectNode();
        memes.put("version", huy.get("version").asLong());
        List.of("nom", "nomOfficiel", "libelleCsef", "libelleBureau", "libellePleniere", "adresse", "lieuSignature")
                .forEach(champ -> memes.set(champ, huy.get(champ)));
        ArrayNode signataires = memes.putArray("signataires");
        huy.get("signataires").forEach(s -> signataires.addObject().put("organe", s.get("organe").asText())
                .put("nom", s.get("nom").asText()).put("fonction", s.get("fonction").asText()));
        Api.Reponse modifiee = put("coordhuy", "/api/bassins/HUY", memes);
        assertThat(modifiee.status()).as(modifiee.corps()).isEqualTo(200);
        assertThat(modifiee.json().get("modifiePar").asText()).isEqualTo("coordhuy");
    }

    @Test
    void an_edit_replaces_the_identity_and_is_journaled_with_before_and_after() {
        JsonNode avant = actuelle();
        Api.Reponse modifiee = put("admin", "/api/bassins/" + CODE, identite(avant));

        assertThat(modifiee.status()).as(modifiee.corps()).isEqualTo(200);
        JsonNode apres = modifiee.json();
        assertThat(apres.get("version").asLong()).isGreaterThan(avant.get("version").asLong());
        assertThat(apres.get("lieuSignature").asText()).isEqualTo("Testville");
        assertThat(apres.get("signataires").findValuesAsText("nom"))
                .containsExactly("Ancienne Présidente", "Présidente Intérim", "Coordinatrice de test");
        assertThat(apres.get("signataires").get(0).get("fin").asText()).isEqualTo("2024-02-29");
        assertThat(apres.get("manquants")).extracting(JsonNode::asText).containsExactly(
                "un signataire en fonction aujourd'hui pour « Bureau de l'Instance de test »",
                "un signataire en fonction aujourd'hui pour « Instance plénière »");

        Map<String, Object> entree = jdbc.queryForMap("select * from journal_audit where action = 'BASSIN_MODIFIE' "
                + "and objet = 'Bassin' and objet_id = ? order by id desc limit 1", CODE);
        assertThat(entree.get("UTILISATEUR")).isEqualTo("admin");
        assertThat(String.valueOf(entree.get("APRES"))).contains("\"lieuSignature\":\"Testville\"", "Présidente Intérim");
        assertThat(String.valueOf(entree.get("AVANT")))
                .contains("\"version\":" + avant.get("version").asLong());
    }

    @Test
    void the_names_of_the_cafe_and_of_the_chambre_enseignement_start_generic_are_kept_when_left_out_and_bounded() {
        JsonNode avant = actuelle();
        assertThat(avant.get("libelleCafe").asText())
                .isEqualTo("Comité des acteurs pour la formation et l'emploi (CAFE)");
        assertThat(avant.get("libelleEnseignement").asText()).isEqualTo("Chambre Enseignement");

        ObjectNode corps = identite(avant);
        corps.put("libelleCafe", "C".repeat(200));
        corps.put("libelleEnseignement", "Chambre de l'enseignement qualifiant de test");
        Api.Reponse nommes = put("admin", "/api/bassins/" + CODE, corps);
        assertThat(nommes.status()).as(nommes.corps()).isEqualTo(200);
        assertThat(nommes.json().get("libelleCafe").asText()).isEqualTo("C".repeat(200));

        Api.Reponse sansEux = put("admin", "/api/bassins/" + CODE, identite(nommes.json()));
        assertThat(sansEux.status()).as(sansEux.corps()).isEqualTo(200);
        assertThat(sansEux.json().get("libelleEnseignement").asText())
                .as("a client that does not know them keeps them").isEqualTo("Chambre de l'enseignement qualifiant de test");

        ObjectNode faux = identite(sansEux.json());
        faux.put("libelleCafe", "C".repeat(201));
        faux.put("libelleEnseignement", " ");
        Api.Reponse refuse = put("admin", "/api/bassins/" + CODE, faux);
        assertThat(refuse.status()).isEqualTo(400);
        assertThat(refuse.json().findValuesAsText("champ")).containsExactlyInAnyOrder("libelleCafe",
                "libelleEnseignement");
        assertThat(actuelle().get("libelleCafe").asText()).as("nothing stored").isEqualTo("C".repeat(200));
    }

    @Test
    void each_field_in_error_is_named_in_french_and_nothing_is_stored() {
        JsonNode avant = actuelle();
        ObjectNode corps = identite(avant);
        corps.put("nomOfficiel", " ");
        corps.put("libelleCsef", "x".repeat(201));
        corps.put("lieuSignature", "Test\nville");
        corps.put("adresse", "1\n2\n3\n4\n5\n6\n7");
        corps.remove("version");
        ((ObjectNode) corps.get("signataires").get(0)).put("organe", "PRESIDENCE");
        ((ObjectNode) corps.get("signataires").get(1)).put("fonction", "").put("fin", "2024-01-01");

        Api.Reponse refusee = put("admin", "/api/bassins/" + CODE, corps);

        assertThat(refusee.status()).isEqualTo(400);
        assertThat(refusee.estProbleme()).isTrue();
        Map<String, String> erreurs = new java.util.LinkedHashMap<>();
        refusee.json().get("erreurs").forEach(e -> erreurs.put(e.get("champ").asText(), e.get("message").asText()));
        assertThat(erreurs).containsEntry("nomOfficiel", "Le nom officiel de l'Instance est obligatoire.")
                .containsEntry("libelleCsef", "Le nom de la chambre (CSEF ou CEF) compte 201 caractères : 200 au plus.")
                .containsEntry("lieuSignature", "Le lieu de signature tient sur une ligne, sans caractère de contrôle.")
                .containsEntry("adresse", "L'adresse postale tient en 6 lignes au plus.")
                .containsEntry("signataires[1].fonction", "La fonction du signataire est obligatoire.")
                .containsEntry("signataires[1].fin", "La fin (2024-01-01) précède le début (2024-03-01).")
                .containsKeys("version", "signataires[0].organe");
        assertThat(erreurs.get("signataires[0].organe")).contains("CSEF, BUREAU, INSTANCE_PLENIERE, CAFE, CHAMBRE_ENSEIGNEMENT, COORDINATION");
        assertThat(actuelle()).isEqualTo(avant);

        // the limits themselves are accepted
        ObjectNode limites = identite(avant);
        limites.put("libelleCsef", "x".repeat(200));
        limites.put("adresse", "1\n2\n3\n4\n5\n6");
        Api.Reponse acceptee = put("admin", "/api/bassins/" + CODE, limites);
        assertThat(acceptee.status()).as(acceptee.corps()).isEqualTo(200);
    }

    @Test
    void the_administrations_receiving_each_type_are_checked_at_their_limits_kept_when_left_out_and_journaled() {
        JsonNode avant = actuelle();
        ObjectNode corps = identite(avant);
        ArrayNode administrations = corps.putArray("administrations");
        administrations.addObject().put("type", "CISP").put("nom", "SPW");
        administrations.addObject().put("type", "APRC").put("nom", " ").put("adresse", "1\n2\n3\n4\n5\n6\n7");
        administrations.addObject().put("type", "APRC").put("nom", "x".repeat(201))
                .put("courriel", "Secrétariat <aprc@administration.example.be>");
        administrations.addObject().put("type", "EQUIPEMENT").put("nom", "FWB")
                .put("courriel", "x".repeat(244) + "@example.be");
        administrations.addObject().put("type", "EPS_FOREM").put("nom", "Le Forem").put("courriel", "forem@localhost");

        Api.Reponse refusee = put("admin", "/api/bassins/" + CODE, corps);

        assertThat(refusee.status()).isEqualTo(400);
        Map<String, String> erreurs = new java.util.LinkedHashMap<>();
        refusee.json().get("erreurs").forEach(e -> erreurs.put(e.get("champ").asText(), e.get("message").asText()));
        assertThat(erreurs.get("administrations[0].type")).startsWith("Le type d'avis est obligatoire, parmi : ")
                .contains("CISP_AGREMENT");
        assertThat(erreurs).containsEntry("administrations[1].nom", "Le nom de l'administration est obligatoire.")
                .containsEntry("administrations[1].adresse", "L'adresse postale tient en 6 lignes au plus.")
                .containsEntry("administrations[2].type", "Une seule administration par type d'avis : « Parcours de "
                        + "renforcement des compétences » est déjà nommé plus haut.")
                .containsEntry("administrations[2].nom", "Le nom de l'administration compte 201 caractères : 200 au plus.")
                .containsEntry("administrations[2].courriel", "« Secrétariat <aprc@administration.example.be> » n'est "
                        + "pas une adresse électronique (nom@domaine.be).")
                .containsEntry("administrations[3].courriel", "L'adresse électronique compte 255 caractères : 254 au plus.")
                .containsKey("administrations[4].courriel");
        assertThat(actuelle()).isEqualTo(avant);

        // at the limits: accepted, and shown with the type's label
        ObjectNode limites = identite(avant);
        ArrayNode justes = limites.putArray("administrations");
        justes.addObject().put("type", "APRC").put("nom", "x".repeat(200)).put("adresse", "1\n2\n3\n4\n5\n6");
        justes.addObject().put("type", "EQUIPEMENT").put("nom", "FWB").put("courriel", "x".repeat(243) + "@example.be");
        Api.Reponse acceptee = put("admin", "/api/bassins/" + CODE, limites);
        assertThat(acceptee.status()).as(acceptee.corps()).isEqualTo(200);
        JsonNode equipement = java.util.stream.StreamSupport.stream(acceptee.json().get("administrations").spliterator(),
                false).filter(a -> a.get("type").asText().equals("EQUIPEMENT")).findFirst().orElseThrow();
        assertThat(equipement.get("typeLibelle").asText()).isEqualTo("Fonds d'équipement");
        assertThat(equipement.get("courriel").asText()).hasSize(254);
        assertThat(acceptee.json().get("destinatairesManquants")).extracting(JsonNode::asText).contains(
                "Le bassin Bassin de test n'a pas désigné l'administration qui reçoit les avis « Agrément CISP » : la "
                        + "transmission est à poster, destinataire à configurer.",
                "Le bassin Bassin de test n'a pas d'adresse électronique pour l'administration qui reçoit les avis "
                        + "« Parcours de renforcement des compétences » (" + "x".repeat(200) + ") : lettre à poster.");
        Map<String, Object> entree = jdbc.queryForMap("select * from journal_audit where action = 'BASSIN_MODIFIE' "
                + "and objet = 'Bassin' and objet_id = ? order by id desc limit 1", CODE);
        assertThat(String.valueOf(entree.get("APRES"))).contains("\"type\":\"EQUIPEMENT\"", "@example.be");

        // an edit that leaves them out (a client written before them) keeps them; an empty list removes them
        Api.Reponse sans = put("admin", "/api/bassins/" + CODE, identite(acceptee.json()));
        assertThat(sans.status()).as(sans.corps()).isEqualTo(200);
        assertThat(sans.json().get("administrations").findValuesAsText("nom")).contains("FWB");
        ObjectNode vide = identite(sans.json());
        vide.putArray("administrations");
        Api.Reponse videe = put("admin", "/api/bassins/" + CODE, vide);
        assertThat(videe.json().get("administrations").findValues("nom")).allMatch(JsonNode::isNull);
    }

    @Test
    void an_edit_from_a_replaced_version_is_refused_409_and_two_simultaneous_edits_never_both_win() throws Exception {
        JsonNode avant = actuelle();
        assertThat(put("admin", "/api/bassins/" + CODE, identite(avant)).status()).isEqualTo(200);
        JsonNode apresPremiere = actuelle();

        ObjectNode perimee = identite(avant);
        perimee.put("lieuSignature", "Ailleurs");
        Api.Reponse refusee = put("admin", "/api/bassins/" + CODE, perimee);
        assertThat(refusee.status()).isEqualTo(409);
        assertThat(refusee.json().get("detail").asText()).startsWith(
                "L'identité du bassin « Bassin de test » a été modifiée entre-temps");
        assertThat(actuelle()).isEqualTo(apresPremiere);

        // two coordinators save at the same moment from the same version: one wins, the other is told
        ExecutorService deux = Executors.newFixedThreadPool(2);
        CountDownLatch depart = new CountDownLatch(1);
        try {
            List<Callable<Integer>> edits = Arrays.asList(() -> {
                depart.await();
                ObjectNode a = identite(apresPremiere);
                a.put("lieuSignature", "Premier");
                return put("admin", "/api/bassins/" + CODE, a).status();
            }, () -> {
                depart.await();
                ObjectNode b = identite(apresPremiere);
                b.put("lieuSignature", "Second");
                return put("admin", "/api/bassins/" + CODE, b).status();
            });
            List<Future<Integer>> resultats = edits.stream().map(deux::submit).toList();
            depart.countDown();
            List<Integer> statuts = resultats.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(statuts).containsExactlyInAnyOrder(200, 409);
        } finally {
            deux.shutdown();
        }
        assertThat(actuelle().get("version").asLong()).isEqualTo(apresPremiere.get("version").asLong() + 1);
    }

    @Test
    void a_bassin_without_a_logo_says_so_by_its_name() {
        Api.Reponse cree = api.post("admin", "/api/bassins", Map.of("code", "SLG", "nom", "Sans logo"));
        assertThat(cree.status()).as(cree.corps()).isIn(201, 409);

        Api.Reponse logo = api.get("admin", "/api/bassins/SLG/logo");

        assertThat(logo.status()).isEqualTo(404);
        assertThat(logo.json().get("detail").asText()).isEqualTo("Le bassin « Sans logo » n'a pas de logo.");
    }

    @Test
    void the_logo_is_a_png_or_jpeg_of_at_most_256_ko_tested_at_and_above_the_edge() throws Exception {
        int max = IdentitesBassins.TAILLE_MAX_LOGO;
        byte[] aLaLimite = png(20, 20, max);
        assertThat(aLaLimite).hasSize(max);
        Api.Reponse depose = api.postFichier("admin", "/api/bassins/" + CODE + "/logo", "fichier", "logo.png",
                aLaLimite);
        assertThat(depose.status()).as(depose.corps()).isEqualTo(200);
        assertThat(depose.json().at("/logo/taille").asInt()).isEqualTo(max);
        var lu = api.telecharger("admin", "/api/bassins/" + CODE + "/logo");
        assertThat(lu.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(lu.body()).isEqualTo(aLaLimite);
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action = 'BASSIN_LOGO_DEPOSE' "
                + "and objet_id = ?", Long.class, CODE)).isPositive();

        assertRefus(png(20, 20, max + 1), "Le logo dépasse 256 Ko : 262\u202F144 octets au plus.");
        assertRefus("GIF89a........".getBytes(StandardCharsets.US_ASCII), "Le logo doit être une image PNG ou JPEG.");
        assertRefus("%PDF-1.7 pas une image".getBytes(StandardCharsets.US_ASCII),
                "Le logo doit être une image PNG ou JPEG.");
        byte[] tronque = Arrays.copyOf(png(20, 20, 0), 40);
        assertRefus(tronque, "Le logo n'est pas une image lisible.");
        assertRefus(png(IdentitesBassins.DIMENSION_MAX_LOGO + 1, 1, 0), "Le logo mesure 2\u202F001 × 1 pixels : 2\u202F000 × 2\u202F000 au plus.");
        assertRefus(new byte[0], "Le logo du fichier est vide.".replace("Le logo du fichier", "Le fichier du logo"));
        byte[] jpeg = Fichiers.image(30, 30, "jpg");
        assertThat(api.postFichier("admin", "/api/bassins/" + CODE + "/logo", "fichier", "logo.jpg", jpeg).status())
                .isEqualTo(200);
        assertThat(api.telecharger("admin", "/api/bassins/" + CODE + "/logo").body()).isEqualTo(jpeg);
    }

    private void assertRefus(byte[] fichier, String message) {
        var avant = api.telecharger("admin", "/api/bassins/" + CODE + "/logo").body();
        Api.Reponse refus = api.postFichier("admin", "/api/bassins/" + CODE + "/logo", "fichier", "logo", fichier);
        assertThat(refus.status()).as(refus.corps()).isEqualTo(400);
        assertThat(refus.json().at("/erreurs/0/champ").asText()).isEqualTo("fichier");
        assertThat(refus.json().at("/erreurs/0/message").asText()).isEqualTo(message);
        assertThat(api.telecharger("admin", "/api/bassins/" + CODE + "/logo").body()).isEqualTo(avant);
    }

    /** A real PNG, padded after its end to {@code taille} bytes when asked (readers ignore what follows IEND). */
    static byte[] png(int largeur, int hauteur, int taille) throws IOException {
        byte[] image = Fichiers.image(largeur, hauteur, "png");
        return taille == 0 ? image : Arrays.copyOf(image, taille);
    }

}
