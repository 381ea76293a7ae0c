package be.ibefe.avis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.support.DossiersEnMemoire;
import be.ibefe.avis.support.Parametres;
import org.junit.jupiter.api.Test;

/** EPS-FOREM, équipement and pôle criteria that do not read the métiers prioritaires. */
class PrioritesRulesTest {

    final EpsForemRules eps = new EpsForemRules(null);
    final EquipementRules equipement = new EquipementRules(null);
    final PoleOpportuniteRules pole = new PoleOpportuniteRules(Parametres.regles());

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
    void a_pole_project_needs_an_additional_innovative_or_emergent_character() {
        assertThat(pole.caractere(DossiersEnMemoire.dossier(AvisType.POLE_OPPORTUNITE, d -> d.put("caractere",
                "EMERGENT"))).getExplication()).startsWith("Projet émergent");
        assertThat(pole.caractere(DossiersEnMemoire.dossier(AvisType.POLE_OPPORTUNITE, d -> d.put("caractere",
                "CLASSIQUE"))).getResultat()).isEqualTo(ResultatCritere.KO);
    }

    @Test
    void a_pole_public_outside_the_pole_publics_is_flagged() {
        assertThat(pole.publicVise(DossiersEnMemoire.dossier(AvisType.POLE_OPPORTUNITE,
                d -> d.put("public", "Seniors"))).getResultat()).isEqualTo(ResultatCritere.A_VERIFIER);
        assertThat(pole.publicVise(DossiersEnMemoire.dossier(AvisType.POLE_OPPORTUNITE, d -> { })).getResultat())
                .isEqualTo(ResultatCritere.OK);
    }
}
