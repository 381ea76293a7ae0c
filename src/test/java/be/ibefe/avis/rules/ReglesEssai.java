package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules of the avis type ESSAI, which exploitation/TypeAjouteIT declares by configuration: a bean of its start
 * alone (no {@code @Component}: the other tests' applications have no type ESSAI).
 */
public class ReglesEssai implements AvisTypeRules {

    static final BigDecimal PLAFOND = new BigDecimal("50000");

    @Override
    public AvisType type() {
        return AvisType.valueOf("ESSAI");
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::plafond);
    }

    Critere plafond(Dossier dossier) {
        String libelle = "Montant dans le plafond de l'essai";
        BigDecimal montant = Donnees.montant(dossier.getDonnees(), "montant");
        if (montant.compareTo(PLAFOND) <= 0) {
            return ok("ESSAI_PLAFOND", libelle, "Le montant demandé (%s) ne dépasse pas le plafond de %s."
                    .formatted(Donnees.euros(montant), Donnees.euros(PLAFOND)));
        }
        return ko("ESSAI_PLAFOND", libelle, "Le montant demandé (%s) dépasse le plafond de %s."
                .formatted(Donnees.euros(montant), Donnees.euros(PLAFOND)));
    }
}
