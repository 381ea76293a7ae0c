package be.ibefe.avis.rules;

import be.ibefe.avis.bassin.AvisType;
import java.util.List;
import java.util.Optional;

/** The criteria of one avis type, in the order the report shows them. */
public interface AvisTypeRules {

    AvisType type();

    List<EligibilityRule> regles();

    /**
     * The criterion deciding whether the chambre is competent at all; KO closes the dossier as NON_COMPETENT before
     * any analysis. Most types have none.
     */
    default Optional<EligibilityRule> competence() {
        return Optional.empty();
    }
}
