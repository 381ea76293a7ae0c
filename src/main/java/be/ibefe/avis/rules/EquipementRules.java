package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Fonds d'équipement (décret du 26 avril 2007): equipment aligned with the regional labour market (métiers
 * prioritaires), coherent with the equipment already available in schools, centres de compétence and CTA.
 */
@Component
public class EquipementRules implements AvisTypeRules {

    private final MetierPrioritaireRule metierPrioritaire;

    public EquipementRules(MetierPrioritaireRule metierPrioritaire) {
        this.metierPrioritaire = metierPrioritaire;
    }

    @Override
    public AvisType type() {
        return AvisType.EQUIPEMENT;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(d -> metierPrioritaire.evaluer("EQ_METIER_PRIORITAIRE", d), this::coherence);
    }

    Critere coherence(Dossier dossier) {
        String libelle = "Cohérence avec les équipements existants";
        List<String> existants = Donnees.textes(dossier.getDonnees(), "equipementsExistants");
        if (existants.isEmpty()) {
            return ok("EQ_COHERENCE", libelle,
                    "Aucun équipement similaire n'est signalé dans les écoles, centres de compétence ou CTA.");
        }
        return aVerifier("EQ_COHERENCE", libelle, "Des équipements similaires existent : %s. Vérifier que la demande "
                .formatted(String.join(" ; ", existants)) + "les complète plutôt qu'elle ne les double.");
    }
}
