package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Field-level checks of the type-specific donnees, with their French messages and JSON paths. */
class SchemasDonneesTest {

    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#types")
    void the_realistic_request_of_each_type_is_accepted(AvisType type) {
        assertThat(SchemasDonnees.verifier(type, Demandes.pour(type).get("donnees"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#types")
    void empty_donnees_name_every_required_field(AvisType type) {
        assertThat(SchemasDonnees.verifier(type, JsonNodeFactory.instance.objectNode()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.message()).endsWith("est obligatoire."));
    }

    @Test
    void cisp_errors_point_into_the_filiere_in_fault() {
        assertThat(erreurs(AvisType.CISP_AGREMENT, d -> {
            d.put("nature", "FUSION");
            ObjectNode filiere = (ObjectNode) d.get("filieres").get(0);
            filiere.put("type", "AUTRE").put("heures", 12.5).remove("intitule");
        })).containsExactly(
                new ChampErreur("donnees.nature", "Valeur « FUSION » inconnue pour « Nature de la demande ». Valeurs "
                        + "admises : AGREMENT, RENOUVELLEMENT, NOUVELLE_FILIERE, AUGMENTATION_HEURES, TRANSFERT, RETRAIT, "
                        + "SUSPENSION, MODIFICATION_PUBLICS."),
                new ChampErreur("donnees.filieres[0].intitule", "« Intitulé de la filière » est obligatoire."),
                new ChampErreur("donnees.filieres[0].type",
                        "Valeur « AUTRE » inconnue pour « Type de filière ». Valeurs admises : EFT, DEFI."),
                new ChampErreur("donnees.filieres[0].heures", "« Heures » doit être un nombre entier."));
    }

    @Test
    void cisp_needs_at_least_one_filiere() {
        assertThat(erreurs(AvisType.CISP_AGREMENT, d -> d.putArray("filieres"))).containsExactly(
                new ChampErreur("donnees.filieres", "« Filières » doit être une liste de 1 à 100 éléments."));
    }

    @Test
    void amounts_are_non_negative_with_at_most_two_decimals() {
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.put("montantDemande", -1)))
                .containsExactly(new ChampErreur("donnees.montantDemande", "« Montant demandé » ne peut être négatif."));
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.put("montantDemande", 10.123)))
                .containsExactly(new ChampErreur("donnees.montantDemande",
                        "« Montant demandé » a au plus deux décimales."));
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.put("montantDemande", "4320")))
                .containsExactly(new ChampErreur("donnees.montantDemande",
                        "« Montant demandé » doit être un montant en euros (nombre)."));
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.put("montantDemande", 0))).isEmpty();
    }

    @Test
    void a_number_without_an_upper_bound_of_its_own_says_only_its_lower_one() {
        assertThat(erreurs(AvisType.POLE_OPPORTUNITE, d -> d.put("poleId", 0))).containsExactly(new ChampErreur(
                "donnees.poleId", "« N° du pôle de synergies qui rend l'avis » doit être un nombre entier d'au moins 1."));
        assertThat(erreurs(AvisType.POLE_OPPORTUNITE, d -> d.put("poleId", 1))).isEmpty();
    }

    @Test
    void hours_start_at_one_for_a_credit_adaptation() {
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.put("heures", 1))).isEmpty();
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.put("heures", 0))).containsExactly(
                new ChampErreur("donnees.heures", "« Heures de formation » doit être compris entre 1 et 100\u202F000."));
    }

    @Test
    void objectives_are_known_codes_each_given_once() {
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> ((ArrayNode) d.get("objectifs")).add("POLYVALENCE")
                .add("TEAM_BUILDING"))).containsExactly(
                new ChampErreur("donnees.objectifs[2]", "« Objectifs de la formation » cite deux fois \"POLYVALENCE\"."),
                new ChampErreur("donnees.objectifs[3]", "Valeur « TEAM_BUILDING » inconnue pour « Objectifs de la "
                        + "formation ». Valeurs admises : REMISE_A_NIVEAU, POLYVALENCE, NOUVEAU_POSTE, "
                        + "NOUVEAUX_OUTILS_METHODES, SYSTEME_MANAGEMENT."));
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> d.putArray("objectifs"))).hasSize(1);
    }

    @Test
    void a_boolean_given_as_text_is_refused() {
        assertThat(erreurs(AvisType.CREDIT_ADAPTATION, d -> ((ObjectNode) d.get("entreprise")).put("pme", "oui")))
                .containsExactly(new ChampErreur("donnees.entreprise.pme", "« PME » doit valoir true ou false."));
    }

    @Test
    void an_ale_public_outside_unemployed_and_ris_is_refused() {
        assertThat(erreurs(AvisType.ALE_FORMATION, d -> d.put("public", "ETUDIANTS"))).extracting(ChampErreur::champ)
                .containsExactly("donnees.public");
    }

    @Test
    void an_aprc_partner_needs_a_known_category() {
        assertThat(erreurs(AvisType.APRC, d -> ((ObjectNode) d.get("partenaires").get(1)).put("categorie", "ONG")))
                .extracting(ChampErreur::champ).containsExactly("donnees.partenaires[1].categorie");
    }

    @Test
    void text_longer_than_its_limit_and_blank_text_are_refused() {
        assertThat(erreurs(AvisType.EQUIPEMENT, d -> d.put("ecole", "x".repeat(301)))).containsExactly(
                new ChampErreur("donnees.ecole", "« École » ne peut dépasser 300 caractères."));
        assertThat(erreurs(AvisType.EQUIPEMENT, d -> d.put("ecole", " "))).containsExactly(
                new ChampErreur("donnees.ecole", "« École » ne peut être vide."));
    }

    @Test
    void fields_not_described_are_kept_without_error() {
        assertThat(erreurs(AvisType.EPS_FOREM, d -> d.put("commentaire", "libre"))).isEmpty();
    }

    private static java.util.List<ChampErreur> erreurs(AvisType type, Consumer<ObjectNode> alteration) {
        ObjectNode donnees = (ObjectNode) Demandes.pour(type).get("donnees");
        alteration.accept(donnees);
        return SchemasDonnees.verifier(type, donnees);
    }
}
