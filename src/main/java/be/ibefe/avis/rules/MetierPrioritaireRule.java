package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.thematiques.MetierPrioritaire;
import be.ibefe.avis.thematiques.MetiersPrioritaires;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Is the métier a request targets among the bassin's métiers prioritaires of the year it was received? */
@Component
public class MetierPrioritaireRule {

    private final MetiersPrioritaires metiers;

    public MetierPrioritaireRule(MetiersPrioritaires metiers) {
        this.metiers = metiers;
    }

    public Critere evaluer(String code, Dossier dossier) {
        String libelle = "Métier prioritaire";
        String metier = Donnees.texte(dossier.getDonnees(), "metier");
        String codeRome = Donnees.texte(dossier.getDonnees(), "codeRome");
        int annee = dossier.getAnnee();
        if (!metiers.listeExiste(dossier.getBassin(), annee)) {
            return aVerifier(code, libelle,
                    "Aucune liste de métiers prioritaires n'est enregistrée pour %d.".formatted(annee));
        }
        Optional<MetierPrioritaire> trouve = metiers.trouver(dossier.getBassin(), annee, metier, codeRome);
        if (trouve.isEmpty()) {
            return aVerifier(code, libelle, "« %s » ne figure pas parmi les métiers prioritaires %d du bassin."
                    .formatted(metier == null ? codeRome : metier, annee));
        }
        return ok(code, libelle, "« %s » figure parmi les métiers prioritaires %d (offre à %s)."
                .formatted(trouve.get().getLibelle(), annee,
                        trouve.get().getAction().name().toLowerCase(Locale.ROOT).replace("creer", "créer")));
    }
}
