package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body named with its article as a sentence names it, whatever case its name starts with. */
class NomsDesOrganesTest {

    @Test
    void a_name_starting_with_a_vowel_takes_l_apostrophe_capital_accented_ones_included() {
        NomsDesOrganes noms = new NomsDesOrganes("Chambre Emploi Formation (CEF)", "Bureau de l'Instance",
                "Écho des acteurs", "Comité des acteurs pour la formation et l'emploi (CAFE)", "Chambre Enseignement");

        assertThat(noms.designation(Chambre.CSEF)).isEqualTo("la Chambre Emploi Formation (CEF)");
        assertThat(noms.designation(Chambre.BUREAU)).isEqualTo("le Bureau de l'Instance");
        assertThat(noms.designation(Chambre.INSTANCE_PLENIERE)).isEqualTo("l'Écho des acteurs");
        assertThat(noms.designation(Chambre.CAFE)).isEqualTo("le Comité des acteurs pour la formation et l'emploi (CAFE)");
        assertThat(noms.designation(Chambre.CHAMBRE_ENSEIGNEMENT)).isEqualTo("la Chambre Enseignement");
        assertThat(new NomsDesOrganes("CSEF", "Bureau", "Instance plénière", "CAFE", "Enseignement")
                .designation(Chambre.INSTANCE_PLENIERE)).isEqualTo("l'Instance plénière");
    }
}
