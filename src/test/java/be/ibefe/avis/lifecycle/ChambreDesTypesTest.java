package be.ibefe.avis.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.seance.MessagesDeliberation;
import be.ibefe.avis.support.ChambresDesModeles;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chambre that decides each type is written once, in the type's model, as a literal passed to the shared decision:
 * this test reads the models and holds them to the domain (a pôle's avis d'opportunité is given by the pôle de
 * synergies in its meeting, seed 004 l.44; an interpellation is decided by the Instance plénière, every other avis by
 * the CSEF). A new type fails here until its chambre is stated.
 */
class ChambreDesTypesTest {

    @ParameterizedTest
    @MethodSource("be.ibefe.avis.support.Demandes#types")
    void each_type_model_passes_the_chambre_of_the_domain_explicitly(AvisType type) {
        assertThat(ChambresDesModeles.chambre(type)).isEqualTo(chambreDuDomaine(type));
    }

    /** The chambre of each type of the domain; a type added states its own here (README, « Ajouter un type d'avis »). */
    private static final Map<AvisType, String> CHAMBRES = Map.of(
            AvisType.POLE_OPPORTUNITE, MessagesDeliberation.ORGANE_POLE,
            AvisType.INTERPELLATION, Chambre.INSTANCE_PLENIERE.name(),
            AvisType.CISP_AGREMENT, Chambre.CSEF.name(),
            AvisType.CREDIT_ADAPTATION, Chambre.CSEF.name(),
            AvisType.ALE_FORMATION, Chambre.CSEF.name(),
            AvisType.APRC, Chambre.CSEF.name(),
            AvisType.EPS_FOREM, Chambre.CSEF.name(),
            AvisType.EQUIPEMENT, Chambre.CSEF.name());

    private static String chambreDuDomaine(AvisType type) {
        assertThat(CHAMBRES).as("the chambre of the domain for %s", type).containsKey(type);
        return CHAMBRES.get(type);
    }
}
