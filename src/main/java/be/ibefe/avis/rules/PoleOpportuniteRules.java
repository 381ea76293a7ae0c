package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Avis d'opportunité of a pôle de synergies on the sub-regional socio-economic impact of a project submitted to the
 * bodies of the pôles de compétitivité (seed 004 l.44): its impact on the bassin's employment and on its training
 * needs. The pôle judges it by consensus in its meeting; the équipe prepares what the pôle reads. The « additionnel,
 * innovant ou émergent » character and the publics of 004 l.56, 67-72 are those of a pôle's own projects (its fiches
 * projets), not of this avis.
 */
@Component
public class PoleOpportuniteRules implements AvisTypeRules {

    @Override
    public AvisType type() {
        return AvisType.POLE_OPPORTUNITE;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::impactEmploi, this::besoinsFormation);
    }

    Critere impactEmploi(Dossier dossier) {
        return decrit(dossier, "impactEmploi", "POLE_IMPACT_EMPLOI", "Impact sur l'emploi dans le bassin",
                "l'impact du projet sur l'emploi dans le bassin");
    }

    Critere besoinsFormation(Dossier dossier) {
        return decrit(dossier, "besoinsFormation", "POLE_BESOINS_FORMATION", "Besoins de formation du bassin",
                "les besoins de formation du bassin que le projet rencontre");
    }

    private static Critere decrit(Dossier dossier, String champ, String code, String libelle, String quoi) {
        String texte = Donnees.texte(dossier.getDonnees(), champ);
        if (texte == null || texte.isBlank()) {
            return aVerifier(code, libelle, "La demande ne décrit pas %s : le pôle en juge en sa réunion."
                    .formatted(quoi));
        }
        return ok(code, libelle, "Décrit par le demandeur : %s".formatted(texte.strip()));
    }
}
