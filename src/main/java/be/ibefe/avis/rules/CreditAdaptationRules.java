package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Crédit-adaptation: a company with a seat in Wallonia, not an ASBL, training for the listed objectives; a PME gets
 * at most a fixed amount per training hour, within a cap over two years that counts the aid already received.
 */
@Component
public class CreditAdaptationRules implements AvisTypeRules {

    static final Map<String, String> OBJECTIFS = Map.of(
            "REMISE_A_NIVEAU", "remise à niveau",
            "POLYVALENCE", "polyvalence",
            "NOUVEAU_POSTE", "adaptation à un nouveau poste",
            "NOUVEAUX_OUTILS_METHODES", "nouveaux outils ou méthodes de travail",
            "SYSTEME_MANAGEMENT", "système de management de la qualité, de l'environnement ou de la sécurité");

    private final ParametresRegles.CreditAdaptation parametres;

    public CreditAdaptationRules(ParametresRegles parametres) {
        this.parametres = parametres.creditAdaptation();
    }

    @Override
    public AvisType type() {
        return AvisType.CREDIT_ADAPTATION;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::formeJuridique, this::siegeWallonie, this::objectifs, this::tauxHoraire, this::plafond);
    }

    Critere formeJuridique(Dossier dossier) {
        String forme = Donnees.texte(entreprise(dossier), "formeJuridique");
        String libelle = "Forme juridique";
        if (parametres.formesExclues().contains(forme)) {
            return ko("CA_FORME_JURIDIQUE", libelle,
                    "Forme juridique %s : exclue du crédit-adaptation.".formatted(forme));
        }
        return ok("CA_FORME_JURIDIQUE", libelle, "Forme juridique %s : admise.".formatted(forme));
    }

    Critere siegeWallonie(Dossier dossier) {
        String libelle = "Siège en Wallonie";
        if (!Boolean.TRUE.equals(Donnees.booleen(entreprise(dossier), "siegeWallonie"))) {
            return ko("CA_SIEGE_WALLONIE", libelle, "L'entreprise n'a pas de siège en Wallonie.");
        }
        return ok("CA_SIEGE_WALLONIE", libelle, "L'entreprise a au moins un siège en Wallonie.");
    }

    Critere objectifs(Dossier dossier) {
        List<String> objectifs = Donnees.textes(dossier.getDonnees(), "objectifs");
        String libelle = "Objectifs de la formation";
        List<String> horsListe = objectifs.stream().filter(o -> !parametres.objectifsAdmis().contains(o)).toList();
        if (objectifs.isEmpty() || !horsListe.isEmpty()) {
            return ko("CA_OBJECTIFS", libelle, "Objectif(s) hors de la liste admise : %s."
                    .formatted(objectifs.isEmpty() ? "aucun objectif donné" : String.join(", ", horsListe)));
        }
        return ok("CA_OBJECTIFS", libelle, "Objectifs : %s."
                .formatted(String.join(", ", objectifs.stream().map(o -> OBJECTIFS.getOrDefault(o, o)).toList())));
    }

    /** For a PME: the amount asked may not exceed the hourly rate times the training hours. */
    Critere tauxHoraire(Dossier dossier) {
        String libelle = "Montant par heure de formation";
        if (!estPme(dossier)) {
            return aVerifier("CA_TAUX_HORAIRE", libelle,
                    "Entreprise hors PME : le taux de %s par heure et le plafond de %s réservés aux PME ne "
                            .formatted(Donnees.euros(parametres.tauxHorairePme()),
                                    Donnees.euros(parametres.plafondPmeDeuxAns()))
                            + "s'appliquent pas ; le régime applicable est à vérifier.");
        }
        BigDecimal montant = Donnees.montant(dossier.getDonnees(), "montantDemande");
        long heures = Donnees.entier(dossier.getDonnees(), "heures");
        BigDecimal maximum = parametres.tauxHorairePme().multiply(BigDecimal.valueOf(heures));
        String constat = "%s demandés pour %s heures ; le maximum pour une PME est de %s par heure, soit %s."
                .formatted(Donnees.euros(montant), Libelles.nombre(heures), Donnees.euros(parametres.tauxHorairePme()),
                        Donnees.euros(maximum));
        if (heures <= 0 || montant.compareTo(maximum) > 0) {
            return ko("CA_TAUX_HORAIRE", libelle, constat);
        }
        return ok("CA_TAUX_HORAIRE", libelle, constat);
    }

    /** For a PME: the aid of the last two years plus the amount asked stays within the cap. */
    Critere plafond(Dossier dossier) {
        String libelle = "Plafond sur deux ans";
        if (!estPme(dossier)) {
            return ok("CA_PLAFOND", libelle, "Entreprise hors PME : le plafond PME est sans objet.");
        }
        BigDecimal montant = Donnees.montant(dossier.getDonnees(), "montantDemande");
        BigDecimal aides = Donnees.montant(dossier.getDonnees(), "aidesDeuxAns");
        BigDecimal total = montant.add(aides);
        String constat = "Aides des deux dernières années %s + montant demandé %s = %s, pour un plafond de %s."
                .formatted(Donnees.euros(aides), Donnees.euros(montant), Donnees.euros(total),
                        Donnees.euros(parametres.plafondPmeDeuxAns()));
        if (total.compareTo(parametres.plafondPmeDeuxAns()) > 0) {
            return ko("CA_PLAFOND", libelle, constat);
        }
        return ok("CA_PLAFOND", libelle, constat);
    }

    private static JsonNode entreprise(Dossier dossier) {
        return dossier.getDonnees().get("entreprise");
    }

    private static boolean estPme(Dossier dossier) {
        return Boolean.TRUE.equals(Donnees.booleen(entreprise(dossier), "pme"));
    }
}
