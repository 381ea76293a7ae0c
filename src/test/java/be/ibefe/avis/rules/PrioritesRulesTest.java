package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.support.DossiersEnMemoire;
import org.junit.jupiter.api.Test;

/** EPS-FOREM, équipement and pôle criteria that do not read the métiers prioritaires. */
class PrioritesRulesTest {

    final EpsForemRules eps = new EpsForemRules(null);
    final EquipementRules equipement = new EquipementRules(null);
    final PoleOpportuniteRules pole = new PoleOpportuniteRules();

    @Test
    void eps_training_linked_to_a_shortage_meets_the_priority() {
        assertThat(eps.penurie(DossiersEnMemoire.dossier(AvisType.EPS_FOREM, d -> { })).getResultat())
                .isEqualTo(ResultatCritere.OK);
    }

    @Test
    void eps_priorities_not_met_are_flagged_not_refused() {
        var dossier = DossiersEnMemoire.dossier(AvisType.EPS_FOREM,
                d -> d.put("publicFragilise", false).put("remiseANiveau", false));

        assertThat(eps.publicFragilise(dossier).getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(eps.remiseANiveau(dossier).getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
    }

    @Test
    void equipment_doubling_existing_equipment_is_flagged_with_the_equipment_named() {
        Critere critere = equipement.coherence(DossiersEnMemoire.dossier(AvisType.EQUIPEMENT,
                d -> d.putArray("equipementsExistants").add("CTA de Seraing : poste de soudage orbital")));

        assertThat(critere.getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(critere.getExplication()).contains("CTA de Seraing : poste de soudage orbital");
        assertThat(equipement.coherence(DossiersEnMemoire.dossier(AvisType.EQUIPEMENT, d -> { })).getResultat())
                .isEqualTo(ResultatCritere.OK);
    }

    @Test
    void a_pole_avis_judges_the_sub_regional_impact_on_employment_and_training_needs() {
        var decrit = DossiersEnMemoire.dossier(AvisType.POLE_OPPORTUNITE, d -> d
                .put("impactEmploi", "Douze emplois de monteurs vidéo dans le bassin")
                .put("besoinsFormation", "Formation continue des infographistes"));

        assertThat(pole.impactEmploi(decrit).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(pole.impactEmploi(decrit).getExplication()).contains("Douze emplois de monteurs vidéo");
        assertThat(pole.besoinsFormation(decrit).getResultat()).isEqualTo(ResultatCritere.OK);
        assertThat(pole.besoinsFormation(decrit).getExplication()).contains("Formation continue des infographistes");
    }

    @Test
    void a_pole_avis_is_no_longer_judged_on_the_character_or_publics_of_a_poles_own_projects() {
        var sansImpactDecrit = DossiersEnMemoire.dossier(AvisType.POLE_OPPORTUNITE, d -> d
                .put("caractere", "CLASSIQUE").put("public", "Seniors").put("impactEmploi", " ")
                .remove("besoinsFormation"));

        assertThat(pole.regles()).hasSize(2);
        assertThat(pole.regles().stream().map(r -> r.evaluer(sansImpactDecrit).getCode()))
                .containsExactly("POLE_IMPACT_EMPLOI", "POLE_BESOINS_FORMATION");
        assertThat(pole.regles().stream().map(r -> r.evaluer(sansImpactDecrit).getResultat()))
                .containsOnly(ResultatCritere.A_VERIFIER);
    }
}
