package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversionLigneTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_equipment_row_becomes_the_request_the_api_receives() throws Exception {
        List<ChampErreur> erreurs = new ArrayList<>();

        NouveauDossier demande = ConversionLigne.demande(AvisType.EQUIPEMENT, Map.of(
                "referenceExterne", "FWB-EQ-2024-001", "objet", "Poste de soudage", "dateReception", "26/03/2024",
                "echeance", "2024-05-28", "demandeur.nom", "Athénée royal de Waremme", "demandeur.categorie", "ecole",
                "donnees.ecole", "Athénée royal de Waremme", "donnees.montant", "12 500,50",
                "donnees.equipementsExistants", "CTA de Seraing | | Institut Saint-Laurent"), erreurs);

        assertThat(erreurs).isEmpty();
        assertThat(demande.dateReception()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(demande.echeance()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(demande.demandeur().categorie()).isEqualTo(CategorieDemandeur.ECOLE);
        assertJson(demande.donnees(), """
                {"ecole": "Athénée royal de Waremme", "montant": 12500.50,
                 "equipementsExistants": ["CTA de Seraing", "Institut Saint-Laurent"]}""");
    }

    @Test
    void numbers_beyond_what_a_request_may_hold_are_a_line_error_of_their_column_not_a_failure() {
        List<ChampErreur> erreurs = new ArrayList<>();

        NouveauDossier demande = ConversionLigne.demande(AvisType.CREDIT_ADAPTATION, Map.of(
                "referenceExterne", "CA-9", "donnees.montantDemande", "1e400", "donnees.heures", "1e999999999",
                "donnees.aidesDeuxAns", "12 500,50"), erreurs);

        assertThat(erreurs).containsExactlyInAnyOrder(
                new ChampErreur("donnees.montantDemande", "« Montant demandé » : « 1e400 » n'est pas un nombre lisible "
                        + "(au plus 15 chiffres avant la virgule et 15 après)."),
                new ChampErreur("donnees.heures", "« Heures de formation » : « 1e999999999 » n'est pas un nombre "
                        + "lisible (au plus 15 chiffres avant la virgule et 15 après)."));
        assertThat(demande.donnees().has("montantDemande")).isFalse();
        assertThat(demande.donnees().has("heures")).isFalse();
        assertThat(demande.donnees().get("aidesDeuxAns").decimalValue()).isEqualByComparingTo("12500.50");
    }

    @Test
    void a_nul_character_is_an_error_of_its_column_and_the_value_is_left_out() {
        List<ChampErreur> erreurs = new ArrayList<>();

        NouveauDossier demande = ConversionLigne.demande(AvisType.EQUIPEMENT, Map.of(
                "referenceExterne", "FE\u00001", "objet", "Tour\u0000", "donnees.ecole", "Athénée"), erreurs);

        assertThat(erreurs).containsExactlyInAnyOrder(
                new ChampErreur("referenceExterne", "Caractère nul (U+0000) interdit : retirez-le du texte."),
                new ChampErreur("objet", "Caractère nul (U+0000) interdit : retirez-le du texte."));
        assertThat(demande.referenceExterne()).isNull();
        assertThat(demande.objet()).isNull();
    }

    @Test
    void codes_split_on_the_bar_yes_no_answers_and_objects_fill_their_fields() throws Exception {
        NouveauDossier demande = ConversionLigne.demande(AvisType.CREDIT_ADAPTATION, Map.of(
                "referenceExterne", "CA-1", "donnees.objectifs", "POLYVALENCE|NOUVEAU_POSTE",
                "donnees.entreprise.pme", "Oui", "donnees.entreprise.siegeWallonie", "non",
                "donnees.tutorat", "peut-être", "donnees.heures", "480"), new ArrayList<>());

        assertJson(demande.donnees(), """
                {"entreprise": {"siegeWallonie": false, "pme": true}, "objectifs": ["POLYVALENCE", "NOUVEAU_POSTE"],
                 "heures": 480, "tutorat": "peut-être"}""");
    }

    @Test
    void numbered_columns_fill_the_rows_of_a_list_up_to_the_highest_number_used() throws Exception {
        NouveauDossier demande = ConversionLigne.demande(AvisType.APRC, Map.of("referenceExterne", "APRC-1",
                "donnees.partenaires[0].nom", "CISP Le Tremplin", "donnees.partenaires[0].agree", "oui",
                "donnees.partenaires[2].nom", "FOREM"), new ArrayList<>());

        assertJson(demande.donnees().get("partenaires"), """
                [{"nom": "CISP Le Tremplin", "agree": true}, {}, {"nom": "FOREM"}]""");
    }

    @Test
    void unreadable_dates_and_categories_and_a_missing_external_reference_are_named() {
        List<ChampErreur> erreurs = new ArrayList<>();

        NouveauDossier demande = ConversionLigne.demande(AvisType.EQUIPEMENT, Map.of("dateReception", "31/11/2024",
                "demandeur.categorie", "LYCEE"), erreurs);

        assertThat(demande.dateReception()).isNull();
        assertThat(erreurs).extracting(ChampErreur::champ)
                .containsExactly("referenceExterne", "demandeur.categorie", "dateReception");
        assertThat(erreurs.get(2).message()).isEqualTo(
                "Date « 31/11/2024 » invalide : une date réelle AAAA-MM-JJ ou JJ/MM/AAAA est attendue (ex. 2024-03-26).");
    }

    @Test
    void numbers_are_carried_as_a_json_body_carries_them_so_that_hibernate_sees_no_change_at_each_flush()
            throws Exception {
        NouveauDossier demande = ConversionLigne.demande(AvisType.CREDIT_ADAPTATION, Map.of("referenceExterne",
                "CA-2", "donnees.heures", "480", "donnees.montantDemande", "4 320,50"), new ArrayList<>());

        assertThat(demande.donnees()).isEqualTo(JSON.readTree(JSON.writeValueAsString(demande.donnees())));
    }

    /** The same JSON, numbers compared by value (12500.5 as typed is 12500.50 as read). */
    private static void assertJson(JsonNode lu, String attendu) throws Exception {
        JsonNode arbre = JSON.readTree(attendu);
        Comparator<JsonNode> valeurs = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertThat(lu.equals(valeurs, arbre)).as("%s au lieu de %s", lu, arbre).isTrue();
    }

    @Test
    void an_error_on_an_element_of_a_one_cell_list_names_the_list_column() {
        assertThat(ConversionLigne.colonne("donnees.objectifs[1]")).isEqualTo("donnees.objectifs");
        assertThat(ConversionLigne.colonne("donnees.filieres[0].heures")).isEqualTo("donnees.filieres[0].heures");
    }
}
