package be.ibefe.avis.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An input field of a Camunda Form: its key (the process variable), component type, label and description, constraints,
 * the values a select or radio offers with their labels, and the {@code conditional.hide} expression that hides it.
 */
public record ChampFormulaire(String cle, String type, String libelle, String description, boolean obligatoire,
        Integer longueurMin, Integer longueurMax, List<String> valeurs, Map<String, String> libellesValeurs,
        Object defaut, String masquerSi) {

    public Optional<Condition> condition() {
        return Condition.lire(masquerSi);
    }
}
