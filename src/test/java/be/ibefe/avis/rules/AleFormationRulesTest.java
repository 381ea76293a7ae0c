package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.support.Parametres;
import be.ibefe.avis.support.ReglesLocalesEnMemoire;
import be.ibefe.avis.rules.ReglesLocales.OperateurReconnu;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trainings agreed by law, for which the CSEF is not competent. */
class AleFormationRulesTest {

    final AleFormationRules regles = new AleFormationRules(Parametres.regles(), new ReglesLocalesEnMemoire());

    @ParameterizedTest
    @ValueSource(strings = {"FOREM", "CONVENTIONNE_FOREM", "CENTRE_COMPETENCE", "IFAPME", "CISP", "AVIQ",
            "PROMOTION_SOCIALE", "CHEQUES_FORMATION"})
    void ale_training_by_an_operator_agreed_by_law_is_outside_csef_competence(String categorie) {
        Critere critere = regles.competence(dossier(d -> operateur(d).put("categorie", categorie)));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(critere.getExplication()).startsWith("Formation agréée d'office").contains("n'est pas compétente");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERMIS_CONDUIRE", "SECURITE", "GARDIENNAGE"})
    void driving_licence_safety_and_security_agency_trainings_are_outside_csef_competence(String domaine) {
        assertThat(regles.competence(dossier(d -> d.put("domaine", domaine))).getResultat())
                .isEqualTo(ResultatCritere.KO);
    }

    @Test
    void an_operator_recognised_in_the_bassin_is_flagged_for_the_equipe() {
        Critere critere = regles.competence(dossier(d -> operateur(d).put("nom", "Croix-Rouge de Belgique")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(critere.getExplication()).contains("« Croix-Rouge »");
    }

    @Test
    void the_list_of_recognised_operators_is_the_dossiers_bassins() {
        Critere liege = regles.competence(dossier("LIE", d -> operateur(d).put("nom", "Croix-Rouge de Belgique")));
        Critere huy = regles.competence(dossier("HUY", d -> operateur(d).put("nom", "Croix-Rouge de Belgique")));

        assertThat(liege.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(liege.getExplication()).contains("« Croix-Rouge »", "premiers secours", "reconnu dans le bassin");
        assertThat(huy.getResultat()).as("Huy-Waremme recognises no operator: the CSEF is competent")
                .isEqualTo(ResultatCritere.OK);
    }

    @Test
    void a_bassins_own_list_applies_to_its_dossiers_only() {
        AleFormationRules huy = new AleFormationRules(Parametres.regles(), new ReglesLocalesEnMemoire()
                .avecOperateurs("HUY", new OperateurReconnu("Atelier du Mont", null)));

        Critere reconnu = huy.competence(dossier("HUY", d -> operateur(d).put("nom", "ASBL L'Atelier du Mont")));
        assertThat(reconnu.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(reconnu.getExplication()).contains("« Atelier du Mont »").doesNotContain("()");
        assertThat(huy.competence(dossier("LIE", d -> operateur(d).put("nom", "ASBL L'Atelier du Mont")))
                .getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(huy.competence(dossier("HUY", d -> operateur(d).put("nom", "Croix-Rouge de Belgique")))
                .getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void a_recognised_name_matches_whole_words_whatever_the_case_accents_and_dashes() {
        assertThat(regles.competence(dossier("LIE", d -> operateur(d).put("nom", "CROIX ROUGE - section de Liège")))
                .getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.competence(dossier("LIE", d -> operateur(d).put("nom", "ONE – Office de la Naissance")))
                .getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.competence(dossier("LIE", d -> operateur(d).put("nom", "Formations Personnelles ASBL")))
                .getResultat()).as("« ONE » inside another word is not the ONE").isEqualTo(ResultatCritere.OK);
    }

    @Test
    void another_operator_in_another_domain_is_for_the_csef() {
        Dossier dossier = dossier(d -> { });

        assertThat(regles.competence(dossier).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.competence().orElseThrow().evaluer(dossier).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void an_unmotivated_request_is_to_be_checked() {
        assertThat(regles.motivation(dossier(d -> d.remove("motivation"))).getResultat())
                .isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.motivation(dossier(d -> { })).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    private static ObjectNode operateur(ObjectNode donnees) {
        return (ObjectNode) donnees.get("operateur");
    }

    private static Dossier dossier(Consumer<ObjectNode> alteration) {
        return DossiersEnMemoire.dossier(AvisType.ALE_FORMATION, alteration);
    }

    private static Dossier dossier(String bassin, Consumer<ObjectNode> alteration) {
        return DossiersEnMemoire.dossier(bassin, AvisType.ALE_FORMATION, alteration);
    }
}
