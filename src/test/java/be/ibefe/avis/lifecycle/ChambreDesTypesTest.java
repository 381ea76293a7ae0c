package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.seance.MessagesDeliberation;
import be.ibefe.avis.support.ChambresDesModeles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chambre that decides each type is written once, in the type's model, as a literal passed to the shared decision:
 * this test reads the models and holds them to the domain (a pôle's avis d'opportunité is given by the pôle de
 * synergies in its meeting, seed 004 l.44; an interpellation is decided by the Instance plénière, every other avis by
 * the CSEF). A new type does not compile here until its chambre is stated.
 */
class ChambreDesTypesTest {

    @ParameterizedTest
    @EnumSource(AvisType.class)
    void each_type_model_passes_the_chambre_of_the_domain_explicitly(AvisType type) {
        assertThat(ChambresDesModeles.chambre(type)).isEqualTo(chambreDuDomaine(type));
    }

    private static String chambreDuDomaine(AvisType type) {
        return switch (type) {
            case POLE_OPPORTUNITE -> MessagesDeliberation.ORGANE_POLE;
            case INTERPELLATION -> Chambre.INSTANCE_PLENIERE.name();
            case CISP_AGREMENT, CREDIT_ADAPTATION, ALE_FORMATION, APRC, EPS_FOREM, EQUIPEMENT -> Chambre.CSEF.name();
        };
    }
}
