package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.thematiques.FonctionCritique;
import be.ibefe.avis.thematiques.FonctionsCritiques;
import be.ibefe.avis.thematiques.MetierPrioritaire;
import be.ibefe.avis.thematiques.MetiersPrioritaires;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Is the métier a request targets among the bassin's métiers prioritaires of the year it was received? */
@Component
public class MetierPrioritaireRule {

    private final MetiersPrioritaires metiers;
    private final FonctionsCritiques fonctions;

    public MetierPrioritaireRule(MetiersPrioritaires metiers, FonctionsCritiques fonctions) {
        this.metiers = metiers;
        this.fonctions = fonctions;
    }

    /**
     * The APRC priority (000 l.352): a project linked to a fonction critique or to a métier prioritaire of the bassin,
     * for the year the request was received; neither is flagged, not refused.
     */
    public Critere evaluerAvecFonctionsCritiques(String code, Dossier dossier) {
        String libelle = "Fonction critique ou métier prioritaire";
        String metier = Donnees.texte(dossier.getDonnees(), "metier");
        String codeRome = Donnees.texte(dossier.getDonnees(), "codeRome");
        int annee = dossier.getAnnee();
        Optional<FonctionCritique> fonction = fonctions.trouver(dossier.getBassin(), annee, metier, codeRome);
        if (fonction.isPresent()) {
            return ok(code, libelle, "« %s » figure parmi les fonctions critiques %d du bassin."
                    .formatted(fonction.get().getLibelle(), annee));
        }
        Critere parMetier = evaluer(code, dossier);
        if (parMetier.getResultat() == ResultatCritere.OK) {
            return ok(code, libelle, parMetier.getExplication());
        }
        boolean listeFonctions = fonctions.listeExiste(dossier.getBassin(), annee);
        boolean listeMetiers = metiers.listeExiste(dossier.getBassin(), annee);
        if (!listeFonctions && !listeMetiers) {
            return aVerifier(code, libelle, "Aucune liste de fonctions critiques ni de métiers prioritaires n'est "
                    + "enregistrée pour %d.".formatted(annee));
        }
        String manque = listeFonctions ? listeMetiers ? ""
                : " (aucune liste de métiers prioritaires n'est enregistrée pour %d)".formatted(annee)
                : " (aucune liste de fonctions critiques n'est enregistrée pour %d)".formatted(annee);
        return aVerifier(code, libelle, "« %s » ne figure ni parmi les fonctions critiques ni parmi les métiers "
                .formatted(metier == null ? codeRome : metier) + "prioritaires %d du bassin%s."
                .formatted(annee, manque));
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
