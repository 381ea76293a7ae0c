package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.support.Parametres;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CISP criteria without the engine, each at the edge between OK and KO. */
class CispAgrementRulesTest {

    final CispAgrementRules regles = new CispAgrementRules(Parametres.regles());

    @Test
    void a_complete_new_filiere_request_meets_every_criterion() {
        Dossier complet = dossier(d -> { });

        assertThat(regles.regles().stream().map(r -> r.evaluer(complet)).toList())
                .extracting(Critere::getResultat).containsOnly(ResultatCritere.OK).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGREMENT", "NOUVELLE_FILIERE", "AUGMENTATION_HEURES"})
    void a_new_centre_a_new_filiere_or_more_hours_are_for_the_csef(String nature) {
        Dossier demande = dossier(d -> d.put("nature", nature));

        assertThat(regles.competence().orElseThrow().evaluer(demande).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RENOUVELLEMENT", "SUSPENSION", "RETRAIT", "TRANSFERT", "MODIFICATION_PUBLICS"})
    void what_the_commission_cisp_of_the_cesew_advises_on_is_outside_the_csef_remit(String nature) {
        Critere critere = regles.competence().orElseThrow().evaluer(dossier(d -> d.put("nature", nature)));

        assertThat(critere.getCode()).isEqualTo("CISP_COMPETENCE");
        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(critere.getExplication()).contains("Commission CISP du CESEW").contains("n'est pas compétente");
        assertThat(regles.regles().stream().map(r -> r.evaluer(dossier(d -> d.put("nature", nature)))))
                .extracting(Critere::getCode).contains("CISP_COMPETENCE");
    }

    @Test
    void a_request_without_its_nature_is_for_the_csef_and_the_check_does_not_fail() {
        Dossier demande = dossier(d -> d.remove("nature"));

        assertThat(regles.competence().orElseThrow().evaluer(demande).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void an_unknown_nature_is_ko() {
        Critere critere = regles.nature(dossier(d -> d.put("nature", "FUSION")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(critere.getExplication()).contains("« FUSION »");
    }

    @Test
    void a_first_agrement_needs_no_number_a_renewal_does() {
        Consumer<ObjectNode> sansNumero = d -> ((ObjectNode) d.get("centre")).remove("numeroAgrement");

        assertThat(regles.agrementExistant(dossier(sansNumero.andThen(d -> d.put("nature", "AGREMENT"))))
                .getResultat()).isEqualTo(ResultatCritere.OK);
        Critere renouvellement = regles.agrementExistant(
                dossier(sansNumero.andThen(d -> d.put("nature", "RENOUVELLEMENT"))));
        assertThat(renouvellement.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(renouvellement.getExplication()).contains("« Renouvellement »").doesNotContain("RENOUVELLEMENT");
    }

    @Test
    void a_request_without_filiere_is_ko() {
        assertThat(regles.filieres(dossier(d -> d.putArray("filieres"))).getResultat())
                .isEqualTo(ResultatCritere.KO);
    }

    @Test
    void a_filiere_of_unknown_type_is_named() {
        Critere critere = regles.typeEtCategorie(dossier(d -> filiere(d).put("type", "AUTRE")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(critere.getExplication()).contains("« Commis de cuisine »");
    }

    @Test
    void a_defi_filiere_of_orientation_is_accepted() {
        assertThat(regles.typeEtCategorie(dossier(d -> filiere(d).put("type", "DEFI").put("categorie", "ORIENTATION")))
                .getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void a_missing_rome_code_is_to_be_checked() {
        Critere critere = regles.codification(dossier(d -> filiere(d).remove("codeRome")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(critere.getExplication()).contains("« Commis de cuisine »");
    }

    @Test
    void one_hour_and_one_trainee_are_enough_zero_is_not() {
        assertThat(regles.volume(dossier(d -> filiere(d).put("heures", 1).put("stagiaires", 1))).getResultat())
                .isEqualTo(ResultatCritere.OK);
        assertThat(regles.volume(dossier(d -> filiere(d).put("heures", 0))).getResultat())
                .isEqualTo(ResultatCritere.KO);
        assertThat(regles.volume(dossier(d -> filiere(d).put("stagiaires", 0))).getResultat())
                .isEqualTo(ResultatCritere.KO);
    }

    @Test
    void a_renewal_with_exactly_the_minimum_share_of_hours_delivered_passes() {
        Critere critere = regles.tauxRealisation(realisation("RENOUVELLEMENT", 1000, 800));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(critere.getExplication()).isEqualTo("800 heures réalisées sur 1\u202f000 agréées, soit 80 % (minimum 80 %).");
    }

    @Test
    void more_hours_asked_by_a_centre_below_the_minimum_share_is_to_be_checked() {
        Critere critere = regles.tauxRealisation(realisation("AUGMENTATION_HEURES", 10000, 7999));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(critere.getExplication()).startsWith("7\u202f999 heures réalisées sur 10\u202f000 agréées, soit 79,99 %");
    }

    @Test
    void delivered_hours_not_given_for_a_renewal_are_to_be_checked_and_irrelevant_for_a_new_filiere() {
        assertThat(regles.tauxRealisation(dossier(d -> d.put("nature", "RENOUVELLEMENT"))).getResultat())
                .isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.tauxRealisation(dossier(d -> { })).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void a_withdrawal_asks_no_hours() {
        assertThat(regles.volume(dossier(d -> {
            d.put("nature", "RETRAIT");
            filiere(d).put("heures", 0);
        })).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    private static Dossier realisation(String nature, int agreees, int realisees) {
        return dossier(d -> {
            d.put("nature", nature);
            ((ObjectNode) d.get("centre")).put("heuresAgreees", agreees).put("heuresRealisees", realisees);
        });
    }

    private static ObjectNode filiere(ObjectNode donnees) {
        return (ObjectNode) ((ArrayNode) donnees.get("filieres")).get(0);
    }

    private static Dossier dossier(Consumer<ObjectNode> alteration) {
        return DossiersEnMemoire.dossier(AvisType.CISP_AGREMENT, alteration);
    }
}
