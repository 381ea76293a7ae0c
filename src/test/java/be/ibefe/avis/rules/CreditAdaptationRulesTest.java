package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.support.Parametres;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Crédit-adaptation at its edges: ASBL, Walloon seat, objectives, 9 EUR an hour, 80 000 EUR over two years. */
class CreditAdaptationRulesTest {

    final CreditAdaptationRules regles = new CreditAdaptationRules(Parametres.regles());

    @Test
    void an_asbl_is_excluded() {
        Critere critere = regles.formeJuridique(dossier(d -> entreprise(d).put("formeJuridique", "ASBL")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(critere.getExplication()).isEqualTo("Forme juridique ASBL : exclue du crédit-adaptation.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SA", "SRL", "SC", "SNC", "AUTRE"})
    void every_company_form_but_asbl_is_admitted(String forme) {
        assertThat(regles.formeJuridique(dossier(d -> entreprise(d).put("formeJuridique", forme))).getResultat())
                .isEqualTo(ResultatCritere.OK);
    }

    @Test
    void a_company_without_a_walloon_seat_is_refused() {
        assertThat(regles.siegeWallonie(dossier(d -> entreprise(d).put("siegeWallonie", false))).getResultat())
                .isEqualTo(ResultatCritere.KO);
        assertThat(regles.siegeWallonie(dossier(d -> { })).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    @Test
    void an_objective_outside_the_configured_list_is_named() {
        Critere critere = regles.objectifs(dossier(d -> d.putArray("objectifs").add("POLYVALENCE").add("TEAM_BUILDING")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(critere.getExplication()).contains("TEAM_BUILDING").doesNotContain("POLYVALENCE");
    }

    @Test
    void nine_euros_an_hour_is_the_most_a_pme_gets() {
        assertThat(regles.tauxHoraire(dossier(d -> d.put("heures", 480).put("montantDemande", 4320.00)))
                .getResultat()).isEqualTo(ResultatCritere.OK);
        Critere unCentimeDeTrop = regles.tauxHoraire(dossier(d -> d.put("heures", 480).put("montantDemande", 4320.01)));
        assertThat(unCentimeDeTrop.getResultat()).isEqualTo(ResultatCritere.KO);
        assertThat(unCentimeDeTrop.getExplication())
                .isEqualTo("4\u202f320,01 € demandés pour 480 heures ; le maximum pour une PME est de 9,00 € par "
                        + "heure, soit 4\u202f320,00 €.");
    }

    @Test
    void exactly_80000_euros_over_two_years_passes_one_euro_more_does_not() {
        assertThat(regles.plafond(dossier(d -> d.put("aidesDeuxAns", 75680).put("montantDemande", 4320)))
                .getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(regles.plafond(dossier(d -> d.put("aidesDeuxAns", 75681).put("montantDemande", 4320)))
                .getResultat()).isEqualTo(ResultatCritere.KO);
    }

    @Test
    void earlier_aid_not_given_counts_as_none() {
        assertThat(regles.plafond(dossier(d -> d.remove("aidesDeuxAns"))).getExplication())
                .startsWith("Aides des deux dernières années 0,00 €");
    }

    @Test
    void a_large_company_is_not_held_to_the_pme_figures_but_flagged() {
        Dossier grande = dossier(d -> {
            entreprise(d).put("pme", false);
            d.put("montantDemande", 500000);
        });

        assertThat(regles.tauxHoraire(grande).getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(regles.plafond(grande).getResultat()).isEqualTo(ResultatCritere.OK);
    }

    private static ObjectNode entreprise(ObjectNode donnees) {
        return (ObjectNode) donnees.get("entreprise");
    }

    private static Dossier dossier(Consumer<ObjectNode> alteration) {
        return DossiersEnMemoire.dossier(AvisType.CREDIT_ADAPTATION, alteration);
    }
}
