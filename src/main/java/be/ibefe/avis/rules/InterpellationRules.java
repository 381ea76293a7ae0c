package be.ibefe.avis.rules;

import be.ibefe.avis.bassin.AvisType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An avis or interpellation of the Instance itself, d'initiative or on request (the shared domain document): no text sets criteria it
 * must meet, so its report lists none and the chambre judges it in the analysis. Declared so that every avis type's
 * rules are one bean the start-up check finds ({@code exploitation/DefinitionDesTypes}).
 */
@Component
public class InterpellationRules implements AvisTypeRules {

    @Override
    public AvisType type() {
        return AvisType.INTERPELLATION;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of();
    }
}
