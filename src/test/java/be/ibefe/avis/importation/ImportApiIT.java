package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierRepository;
import be.ibefe.avis.poles.PolesDeTest;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batch intake over REST, on the real application: files, background work, dossiers, processes, journal. */
@AvisIntegrationTest
class ImportApiIT {

    private static final String ENTETE_EQUIPEMENT = "referenceExterne;objet;dateReception;echeance;demandeur.nom;"
            + "demandeur.categorie;donnees.ecole;donnees.option;donnees.metier;donnees.equipement;donnees.montant;"
            + "donnees.equipementsExistants";

    @LocalServerPort
    int port;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Travaux travaux;

    @Autowired
    FileDesImports file;

    @Autowired
    PolesDeTest polesDeTest;

    Api api;
    String lot;

    @BeforeEach
    void client() {
        api = new Api(port);
        lot = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_valid_csv_registers_every_request_with_its_process_in_the_name_of_the_uploader() {
        String csv = ENTETE_EQUIPEMENT + "\n"
                + equipement(1, "Athénée royal de Waremme", "48500") + "\n"
                + "\n"
                + equipement(2, "Institut Saint-Laurent", "12 500,50") + "\n"
                + equipement(3, "\"Collège Saint-Louis; section industrielle\"", "9800") + "\n";

        Api.Reponse depot = deposer("EQUIPEMENT", "fonds-equipement.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(depot.status()).as(depot.corps()).isEqualTo(202);
        String adresse = depot.brute().headers().firstValue("Location").orElseThrow();
        assertThat(adresse).isEqualTo("/api/imports/" + depot.json().get("id").asLong());
        assertThat(depot.json().get("total").asInt()).isEqualTo(3);
        JsonNode fini = attendreLaFin(adresse);
        assertThat(fini.get("statut").asText()).isEqualTo("TERMINE");
        assertThat(fini.get("dossiersCrees").asInt()).isEqualTo(3);
        assertThat(fini.get("dejaPresents").asInt()).isZero();
        assertThat(fini.get("progression").asInt()).isEqualTo(100);
        assertThat(fini.get("erreurs")).isEmpty();
        // the dossiers are registered; their processes start in the background, after the import's commit
        assertThat(fini.get("proceduresDemarrees").asInt()).isZero();
        Dossier troisieme = dossiers.findByReferenceExterne(lot + "-3").orElseThrow();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                String.valueOf(troisieme.getId())).count()).isZero();

        travaux.demarrerProceduresImport(fini.get("id").asLong());

        assertThat(api.get("coordinateur", adresse).json().get("proceduresDemarrees").asInt()).isEqualTo(3);
        assertThat(troisieme.getDemandeur().getNom()).isEqualTo("Collège Saint-Louis; section industrielle");
        assertThat(dossiers.findByReferenceExterne(lot + "-2").orElseThrow().getDonnees().get("montant").decimalValue())
                .isEqualByComparingTo("12500.50");
        assertThat(troisieme.getDonnees().get("equipementsExistants")).extracting(JsonNode::asText)
                .containsExactly("CTA de Seraing", "Centre de compétence Technifutur");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                String.valueOf(troisieme.getId())).processDefinitionKey("avis-equipement").count()).isEqualTo(1);
        JsonNode dossier = api.get("coordinateur", "/api/dossiers/" + troisieme.getId()).json();
        assertThat(dossier.get("historique").findValuesAsText("utilisateur")).containsOnly("coordinateur");
        assertThat(api.get("coordinateur", "/api/dossiers/" + troisieme.getId() + "/journal").json()
                .findValuesAsText("utilisateur")).isNotEmpty().containsOnly("coordinateur");
    }

    @Test
    void the_applicants_postal_address_fills_three_columns_each_checked_as_in_the_api() {
        String entete = ENTETE_EQUIPEMENT.replace("donnees.ecole",
                "demandeur.adresse.rue;demandeur.adresse.codePostal;demandeur.adresse.localite;donnees.ecole");
        String valide = equipement(1, "Athénée royal de Waremme", "48500")
                .replace(";ECOLE;", ";ECOLE;Rue du Baron d'Obin 3;4300;Waremme;");
        String codeFaux = equipement(2, "Institut Saint-Laurent", "9800").replace(";ECOLE;", ";ECOLE;Rue X 1;430;Waremme;");

        JsonNode refuse = attendreLaFin(deposer("EQUIPEMENT", "adresses.csv",
                (entete + "\n" + valide + "\n" + codeFaux + "\n").getBytes(StandardCharsets.UTF_8))
                .brute().headers().firstValue("Location").orElseThrow());
        JsonNode accepte = attendreLaFin(deposer("EQUIPEMENT", "adresse.csv",
                (entete + "\n" + valide + "\n").getBytes(StandardCharsets.UTF_8))
                .brute().headers().firstValue("Location").orElseThrow());

        assertThat(refuse.get("statut").asText()).isEqualTo("REFUSE");
        assertThat(refuse.get("erreurs").findValuesAsText("champ")).containsExactly("demandeur.adresse.codePostal");
        assertThat(refuse.get("erreurs").findValuesAsText("message"))
                .containsExactly("Le code postal belge compte 4 chiffres, de 1000 à 9999 (ex. 4000).");
        assertThat(accepte.get("statut").asText()).as(accepte.toString()).isEqualTo("TERMINE");
        assertThat(dossiers.findByReferenceExterne(lot + "-1").orElseThrow().getDemandeur().getAdresse().lignes())
                .containsExactly("Rue du Baron d'Obin 3", "4300 Waremme");
    }

    @Test
    void a_valid_xlsx_workbook_registers_its_requests_lists_included() throws IOException {
        byte[] classeur = classeur(List.of(
                List.of("referenceExterne", "objet", "dateReception", "demandeur.nom", "demandeur.categorie",
                        "donnees.partenaires[0].nom", "donnees.partenaires[0].categorie",
                        "donnees.partenaires[0].agree", "donnees.partenaires[1].nom",
                        "donnees.partenaires[1].categorie", "donnees.metier", "donnees.publicSousCess"),
                List.of(lot + "-1", "Parcours soudeur (APRC3)", "2024-04-15", "CISP Le Tremplin", "CISP",
                        "CISP Le Tremplin", "CISP", true, "FOREM Formation Industrie", "FOREM", "Soudeur", true),
                List.of(lot + "-2", "Parcours aide-ménager", "2024-05-02", "CISP Horizons", "CISP",
                        "CISP Horizons", "CISP", true, "Institut de promotion sociale de Seraing", "PROMOTION_SOCIALE",
                        "Aide ménager", false)));

        Api.Reponse depot = deposer("APRC", "aprc3.xlsx", classeur);

        assertThat(depot.status()).as(depot.corps()).isEqualTo(202);
        JsonNode fini = attendreLaFin(depot.brute().headers().firstValue("Location").orElseThrow());
        assertThat(fini.get("statut").asText()).as(fini.toString()).isEqualTo("TERMINE");
        assertThat(fini.get("format").asText()).isEqualTo("XLSX");
        assertThat(fini.get("dossiersCrees").asInt()).isEqualTo(2);
        Dossier premier = dossiers.findByReferenceExterne(lot + "-1").orElseThrow();
        assertThat(premier.getDonnees().get("partenaires").findValuesAsText("nom"))
                .containsExactly("CISP Le Tremplin", "FOREM Formation Industrie");
        assertThat(premier.getDonnees().at("/partenaires/0/agree").asBoolean()).isTrue();
        assertThat(premier.getDateReception()).hasToString("2024-04-15");
    }

    @Test
    void rows_in_error_refuse_the_whole_file_and_each_bad_row_is_named_with_its_line_and_field() {
        long instancesAvant = runtimeService.createProcessInstanceQuery().count();
        long dossiersAvant = dossiers.count();
        String csv = ENTETE_EQUIPEMENT + "\n"
                + equipement(1, "Athénée royal de Waremme", "48500") + "\n"
                + lot + "-2;;2024-03-12;;Institut Saint-Laurent;ECOLE;Institut Saint-Laurent;Électricité;Électricien;"
                + "Banc de test;beaucoup;\n"
                + equipement(3, "Collège Saint-Louis", "9800") + "\n"
                + "\n"
                + ";Tour CNC;31/11/2024;;Lycée technique;LYCEE;Lycée technique;Usinage;Fraiseur;Tour;1000;\n"
                + equipement(1, "Athénée royal de Waremme", "48500") + "\n";

        Api.Reponse depot = deposer("EQUIPEMENT", "avec-erreurs.csv", csv.getBytes(StandardCharsets.UTF_8));

        JsonNode fini = attendreLaFin(depot.brute().headers().firstValue("Location").orElseThrow());
        assertThat(fini.get("statut").asText()).isEqualTo("REFUSE");
        assertThat(fini.get("dossiersCrees").asInt()).isZero();
        assertThat(fini.get("message").asText()).isEqualTo("3 ligne(s) en erreur : aucun dossier n'a été créé.");
        List<String> erreurs = new ArrayList<>();
        fini.get("erreurs").forEach(e -> erreurs.add(e.get("ligne").asInt() + " " + e.get("champ").asText() + " : "
                + e.get("message").asText()));
        assertThat(erreurs).containsExactly(
                "3 donnees.montant : « Montant » doit être un montant en euros (nombre).",
                "3 objet : L'objet de la demande est obligatoire.",
                "6 referenceExterne : La référence externe est obligatoire dans un import : c'est elle qui empêche "
                        + "d'enregistrer deux fois la même demande.",
                "6 demandeur.categorie : Catégorie « LYCEE » inconnue. Valeurs admises : CISP, ALE, ENTREPRISE, "
                        + "ECOLE, OPERATEUR, POLE, INSTANCE, AUTRE.",
                "6 dateReception : Date « 31/11/2024 » invalide : une date réelle AAAA-MM-JJ ou JJ/MM/AAAA est "
                        + "attendue (ex. 2024-03-26).",
                "7 referenceExterne : La référence externe « " + lot + "-1 » figure déjà à la ligne 2 du fichier.");
        assertThat(dossiers.findByReferenceExterne(lot + "-1")).isEmpty();
        assertThat(dossiers.findByReferenceExterne(lot + "-3")).isEmpty();
        assertThat(dossiers.count()).isEqualTo(dossiersAvant);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesAvant);
    }

    @Test
    void an_import_goes_to_the_bassin_of_its_uploader_whom_another_bassin_cannot_follow() {
        byte[] csv = (ENTETE_EQUIPEMENT + "\n" + equipement(1, "Athénée royal de Huy", "48500") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        String liege = attendreLaFin(deposer("EQUIPEMENT", "lot.csv", csv).brute().headers().firstValue("Location")
                .orElseThrow()).get("id").asText();
        Api.Reponse huy = api.postFichier("coordhuy", "/api/imports?type=EQUIPEMENT", "fichier", "lot.csv", csv);
        assertThat(huy.status()).isEqualTo(202);
        String adresse = huy.brute().headers().firstValue("Location").orElseThrow();
        JsonNode lotHuy = attendreLaFin("coordhuy", adresse);

        // the same external reference in another bassin is another dossier, not one already there
        assertThat(lotHuy.get("dossiersCrees").asInt()).isEqualTo(1);
        assertThat(dossiers.findByBassinAndReferenceExterne("HUY", lot + "-1")).isPresent();
        assertThat(dossiers.findByBassinAndReferenceExterne("LIE", lot + "-1")).isPresent();
        assertThat(api.get("coordinateur", adresse).status()).isEqualTo(404);
        assertThat(api.get("coordhuy", "/api/imports/" + liege).status()).isEqualTo(404);
    }

    @Test
    void uploading_the_same_file_again_creates_nothing_new() {
        byte[] csv = (ENTETE_EQUIPEMENT + "\n" + equipement(1, "Athénée royal de Waremme", "48500") + "\n"
                + equipement(2, "Institut Saint-Laurent", "12500") + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode premier = attendreLaFin(deposer("EQUIPEMENT", "lot.csv", csv).brute().headers()
                .firstValue("Location").orElseThrow());
        assertThat(premier.get("dossiersCrees").asInt()).isEqualTo(2);
        travaux.demarrerProceduresImport(premier.get("id").asLong());
        long dossiersAvant = dossiers.count();
        long instancesAvant = runtimeService.createProcessInstanceQuery().count();

        JsonNode second = attendreLaFin(deposer("EQUIPEMENT", "lot.csv", csv).brute().headers()
                .firstValue("Location").orElseThrow());

        assertThat(second.get("statut").asText()).isEqualTo("TERMINE");
        assertThat(second.get("dossiersCrees").asInt()).isZero();
        assertThat(second.get("dejaPresents").asInt()).isEqualTo(2);
        assertThat(second.get("message").asText()).isEqualTo("0 dossier(s) créé(s), 2 déjà présent(s).");
        assertThat(dossiers.count()).isEqualTo(dossiersAvant);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesAvant);
    }

    @Test
    void a_failure_midway_rolls_back_every_dossier_and_process_instance_and_a_new_upload_then_succeeds() {
        int lignes = ImportService.PAS + 10;
        StringBuilder csv = new StringBuilder(ENTETE_EQUIPEMENT).append('\n');
        IntStream.rangeClosed(1, lignes).forEach(i -> csv.append(equipement(i, "École " + i, "1000")).append('\n'));
        long dossiersAvant = dossiers.count();
        long instancesAvant = runtimeService.createProcessInstanceQuery().count();
        // the database refuses the 55th dossier, after the first ones and their processes were created
        jdbc.execute("alter table dossier add constraint ck_test_import_echec check (demandeur_nom <> 'École 55')");
        JsonNode echec;
        try {
            echec = attendreLaFin(deposer("EQUIPEMENT", "lot.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                    .brute().headers().firstValue("Location").orElseThrow());
        } finally {
            jdbc.execute("alter table dossier drop constraint ck_test_import_echec");
        }

        assertThat(echec.get("statut").asText()).isEqualTo("ECHEC");
        assertThat(echec.get("dossiersCrees").asInt()).isZero();
        assertThat(echec.get("message").asText()).startsWith("L'import a échoué pendant la création des dossiers : "
                + "aucun dossier n'a été créé, aucune procédure n'a démarré.");
        assertThat(dossiers.findByReferenceExterne(lot + "-1")).isEmpty();
        assertThat(dossiers.count()).isEqualTo(dossiersAvant);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesAvant);

        JsonNode reprise = attendreLaFin(deposer("EQUIPEMENT", "lot.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)).brute().headers().firstValue("Location").orElseThrow());
        assertThat(reprise.get("statut").asText()).isEqualTo("TERMINE");
        assertThat(reprise.get("dossiersCrees").asInt()).isEqualTo(lignes);
        travaux.demarrerProceduresImport(reprise.get("id").asLong());
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesAvant + 2L * lignes);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("avis-recevabilite")
                .processInstanceBusinessKey(String.valueOf(dossiers.findByReferenceExterne(lot + "-55").orElseThrow()
                        .getId())).count()).as("chaque dossier attend sa vérification de recevabilité").isEqualTo(1);
    }

    @Test
    void a_file_that_is_neither_csv_nor_xlsx_is_refused_at_once_and_nothing_is_recorded() {
        long importsAvant = jdbc.queryForObject("select count(*) from import_lot", Long.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xFF};

        Api.Reponse reponse = deposer("EQUIPEMENT", "scan.png", png);

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.estProbleme()).isTrue();
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("fichier");
        assertThat(reponse.json().at("/erreurs/0/message").asText())
                .startsWith("« scan.png » n'est ni un fichier CSV en UTF-8 ni un classeur Excel .xlsx.");
        assertThat(jdbc.queryForObject("select count(*) from import_lot", Long.class)).isEqualTo(importsAvant);
    }

    @Test
    void an_unknown_column_an_unknown_type_and_a_missing_file_are_refused_in_french() {
        Api.Reponse colonne = deposer("EQUIPEMENT", "lot.csv",
                "referenceExterne;objet;couleur\nA;B;C\n".getBytes(StandardCharsets.UTF_8));
        assertThat(colonne.status()).isEqualTo(400);
        assertThat(colonne.json().at("/erreurs/0/message").asText())
                .startsWith("Colonne « couleur » inconnue pour le type « Fonds d'équipement » (colonne 3).");

        Api.Reponse type = deposer("CANTINE", "lot.csv", "objet\nA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().at("/erreurs/0/champ").asText()).isEqualTo("type");

        Api.Reponse vide = api.postFichier("coordinateur", "/api/imports?type=EQUIPEMENT", "piece", "lot.csv",
                "objet\nA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(vide.status()).isEqualTo(400);
        assertThat(vide.json().at("/erreurs/0/message").asText()).startsWith("Joignez le fichier des demandes");
    }

    @Test
    void the_progress_of_an_import_is_for_the_coordination_and_an_unknown_one_is_404() {
        Api.Reponse depot = deposer("EQUIPEMENT", "lot.csv", (ENTETE_EQUIPEMENT + "\n"
                + equipement(1, "Athénée royal de Waremme", "48500") + "\n").getBytes(StandardCharsets.UTF_8));
        String adresse = depot.brute().headers().firstValue("Location").orElseThrow();
        assertThat(depot.json().get("statut").asText()).isIn("EN_ATTENTE", "VALIDATION", "IMPORT", "TERMINE");
        assertThat(depot.json().get("deposePar").asText()).isEqualTo("coordinateur");

        JsonNode fini = attendreLaFin(adresse);
        assertThat(fini.get("lignesValidees").asInt()).isEqualTo(1);
        assertThat(fini.get("termineLe").asText()).isNotBlank();
        assertThat(api.get("analyste", adresse).status()).isEqualTo(403);
        assertThat(api.get("coordinateur", "/api/imports/999999999").status()).isEqualTo(404);
        assertThat(api.postFichier("analyste", "/api/imports?type=EQUIPEMENT", "fichier", "lot.csv",
                "objet\nA\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    @Test
    void a_request_for_a_poles_avis_must_designate_an_active_pole_of_the_uploaders_bassin_as_in_the_api() {
        long actif = polesDeTest.reuni(LocalDate.of(2024, 5, 7)).poleId();
        long propose = api.post("coordinateur", "/api/poles", Map.of("nature", "POLE", "nom",
                "Pôle de synergies logistique " + lot, "secteur", "Logistique")).json().get("id").asLong();
        String entete = "referenceExterne;objet;dateReception;demandeur.nom;demandeur.categorie;donnees.pole;"
                + "donnees.projet;donnees.impactEmploi;donnees.besoinsFormation;donnees.poleId";
        String csv = entete + "\n" + opportunite(1, actif) + "\n" + opportunite(2, 999_999) + "\n"
                + opportunite(3, propose) + "\n";

        JsonNode refuse = attendreLaFin(deposer("POLE_OPPORTUNITE", "opportunite.csv",
                csv.getBytes(StandardCharsets.UTF_8)).brute().headers().firstValue("Location").orElseThrow());
        JsonNode deHuy = attendreLaFin("coordhuy", api.postFichier("coordhuy", "/api/imports?type=POLE_OPPORTUNITE",
                "fichier", "opportunite.csv", (entete + "\n" + opportunite(1, actif) + "\n")
                        .getBytes(StandardCharsets.UTF_8)).brute().headers().firstValue("Location").orElseThrow());
        JsonNode accepte = attendreLaFin(deposer("POLE_OPPORTUNITE", "opportunite.csv",
                (entete + "\n" + opportunite(1, actif) + "\n").getBytes(StandardCharsets.UTF_8))
                .brute().headers().firstValue("Location").orElseThrow());

        assertThat(refuse.get("statut").asText()).isEqualTo("REFUSE");
        List<String> erreurs = new ArrayList<>();
        refuse.get("erreurs").forEach(e -> erreurs.add(e.get("ligne").asInt() + " " + e.get("champ").asText() + " : "
                + e.get("message").asText()));
        assertThat(erreurs).containsExactly(
                "3 donnees.poleId : Le bassin de Liège n'a pas de pôle de synergies n° 999999.",
                ("4 donnees.poleId : « Pôle de synergies logistique %s » ne rend pas d'avis : seul un pôle de synergies "
                        + "actif le fait (Pôle de synergies, Proposé à l'Instance).").formatted(lot));
        assertThat(deHuy.get("statut").asText()).isEqualTo("REFUSE");
        assertThat(deHuy.get("erreurs").findValuesAsText("message"))
                .containsExactly("Le bassin de Huy-Waremme n'a pas de pôle de synergies n° %d.".formatted(actif));
        assertThat(accepte.get("statut").asText()).as(accepte.toString()).isEqualTo("TERMINE");
        assertThat(dossiers.findByReferenceExterne(lot + "-1").orElseThrow().getDonnees().get("poleId").asLong())
                .isEqualTo(actif);
        assertThat(dossiers.findByReferenceExterne(lot + "-2")).isEmpty();
    }

    private String opportunite(int numero, long poleId) {
        return ("%s-%d;Avis d'opportunité : atelier %d;2024-05-%02d;Cluster TWIST;AUTRE;Communication;Atelier commun;"
                + "Douze emplois dans le bassin;Formation des infographistes;%d").formatted(lot, numero, numero,
                7 + numero, poleId);
    }

    @Test
    void the_template_of_a_type_is_a_csv_header_excel_opens_with_its_accents() {
        HttpResponse<byte[]> modele = api.telecharger("coordinateur", "/api/imports/modele?type=EQUIPEMENT");

        assertThat(modele.statusCode()).isEqualTo(200);
        assertThat(modele.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(modele.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("modele-import-equipement.csv");
        assertThat(new String(modele.body(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + ENTETE_EQUIPEMENT
                .replace("donnees.ecole", "demandeur.bce;demandeur.email;demandeur.adresse.rue;"
                        + "demandeur.adresse.codePostal;demandeur.adresse.localite;donnees.ecole")
                .replace("donnees.metier;", "donnees.metier;donnees.codeRome;") + "\r\n");
    }

    private String equipement(int numero, String ecole, String montant) {
        return "%s-%d;Fonds d'équipement : poste %d;2024-03-%02d;2024-05-28;%s;ECOLE;%s;Soudage;Soudeur;"
                .formatted(lot, numero, numero, 1 + numero % 28, ecole, ecole)
                + "Poste de soudage orbital;%s;CTA de Seraing|Centre de compétence Technifutur".formatted(montant);
    }

    private Api.Reponse deposer(String type, String nom, byte[] contenu) {
        return api.postFichier("coordinateur", "/api/imports?type=" + type, "fichier", nom, contenu);
    }

    /** The import once its background work is over (a few seconds at most for these files). */
    private JsonNode attendreLaFin(String adresse) {
        return attendreLaFin("coordinateur", adresse);
    }

    private JsonNode attendreLaFin(String utilisateur, String adresse) {
        return FinDesImports.attendreLaFin(file, api, utilisateur, adresse);
    }

    private static byte[] classeur(List<List<Object>> lignes) throws IOException {
        try (XSSFWorkbook xlsx = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            XSSFSheet feuille = xlsx.createSheet("Demandes");
            for (int i = 0; i < lignes.size(); i++) {
                Row rangee = feuille.createRow(i);
                for (int j = 0; j < lignes.get(i).size(); j++) {
                    Object valeur = lignes.get(i).get(j);
                    if (valeur instanceof Boolean oui) {
                        rangee.createCell(j).setCellValue(oui);
                    } else {
                        rangee.createCell(j).setCellValue(String.valueOf(valeur));
                    }
                }
            }
            xlsx.write(sortie);
            return sortie.toByteArray();
        }
    }
}
