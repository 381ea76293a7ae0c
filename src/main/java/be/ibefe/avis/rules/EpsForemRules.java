package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.ResultatCritere;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Convention EPS-FOREM (circulaire 3688): priority to qualifying training linked to qualification shortages, for
 * fragile publics, with a remise à niveau where needed. Priorities are flagged for the analyst, not refused.
 */
@Component
public class EpsForemRules implements AvisTypeRules {

    private final MetierPrioritaireRule metierPrioritaire;

    public EpsForemRules(MetierPrioritaireRule metierPrioritaire) {
        this.metierPrioritaire = metierPrioritaire;
    }

    @Override
    public AvisType type() {
        return AvisType.EPS_FOREM;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::penurie, this::publicFragilise, this::remiseANiveau);
    }

    Critere penurie(Dossier dossier) {
        String libelle = "Pénurie de qualification";
        if (Boolean.TRUE.equals(Donnees.booleen(dossier.getDonnees(), "penurie"))) {
            return ok("EPS_PENURIE", libelle, "La formation répond à une pénurie de qualification.");
        }
        if (Donnees.texte(dossier.getDonnees(), "metier") != null || Donnees.texte(dossier.getDonnees(), "codeRome") != null) {
            Critere metier = metierPrioritaire.evaluer("EPS_PENURIE", dossier);
            if (metier.getResultat() == ResultatCritere.OK) {
                return ok("EPS_PENURIE", libelle, metier.getExplication());
            }
        }
        return aVerifier("EPS_PENURIE", libelle,
                "Le lien avec une pénurie de qualification ou un métier prioritaire n'est pas établi.");
    }

    Critere publicFragilise(Dossier dossier) {
        String libelle = "Public fragilisé";
        if (Boolean.TRUE.equals(Donnees.booleen(dossier.getDonnees(), "publicFragilise"))) {
            return ok("EPS_PUBLIC_FRAGILISE", libelle, "La formation vise un public fragilisé.");
        }
        return aVerifier("EPS_PUBLIC_FRAGILISE", libelle, "La formation ne dit pas viser un public fragilisé.");
    }

    Critere remiseANiveau(Dossier dossier) {
        String libelle = "Remise à niveau";
        if (Boolean.TRUE.equals(Donnees.booleen(dossier.getDonnees(), "remiseANiveau"))) {
            return ok("EPS_REMISE_A_NIVEAU", libelle, "La formation intègre une remise à niveau.");
        }
        return aVerifier("EPS_REMISE_A_NIVEAU", libelle,
                "Pas de remise à niveau prévue : vérifier qu'elle n'est pas nécessaire pour le public visé.");
    }
}
