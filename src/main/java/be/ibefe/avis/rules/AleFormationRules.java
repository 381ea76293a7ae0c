package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An ALE's training: the CSEF gives an avis only on trainings outside the portfolio agreed by law. A training by an
 * operator agreed by law, or in an agreed domain (driving licence, safety, security agencies), is not for the CSEF.
 */
@Component
public class AleFormationRules implements AvisTypeRules {

    static final Map<String, String> CATEGORIES = Map.of(
            "FOREM", "le FOREM",
            "CONVENTIONNE_FOREM", "un opérateur conventionné avec le FOREM",
            "CENTRE_COMPETENCE", "un centre de compétence",
            "IFAPME", "un centre de formation IFAPME",
            "CISP", "un CISP agréé",
            "AVIQ", "un centre de formation de l'AVIQ",
            "PROMOTION_SOCIALE", "un établissement de promotion sociale",
            "CHEQUES_FORMATION", "un opérateur agréé chèques-formation");
    static final Map<String, String> DOMAINES = Map.of(
            "PERMIS_CONDUIRE", "permis de conduire",
            "SECURITE", "sécurité",
            "GARDIENNAGE", "agence de gardiennage (loi Tobback)");

    private final ParametresRegles.Ale parametres;
    private final ReglesLocales locales;

    public AleFormationRules(ParametresRegles parametres, ReglesLocales locales) {
        this.parametres = parametres.ale();
        this.locales = locales;
    }

    @Override
    public AvisType type() {
        return AvisType.ALE_FORMATION;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::competence, this::motivation);
    }

    @Override
    public Optional<EligibilityRule> competence() {
        return Optional.of(this::competence);
    }

    Critere competence(Dossier dossier) {
        String libelle = "Compétence de la CSEF";
        JsonNode operateur = dossier.getDonnees().get("operateur");
        String categorie = Donnees.texte(operateur, "categorie");
        String nom = Donnees.texte(operateur, "nom");
        String domaine = Donnees.texte(dossier.getDonnees(), "domaine");
        if (parametres.operateursAgreesDOffice().contains(categorie)) {
            return ko("ALE_COMPETENCE", libelle, ("Formation agréée d'office : organisée par %s (« %s »). La CSEF "
                    + "n'est pas compétente ; l'ALE peut la financer sans son avis.")
                    .formatted(CATEGORIES.getOrDefault(categorie, categorie), nom));
        }
        if (parametres.domainesAgreesDOffice().contains(domaine)) {
            return ko("ALE_COMPETENCE", libelle, ("Formation agréée d'office : formation de %s. La CSEF n'est pas "
                    + "compétente ; l'ALE peut la financer sans son avis.")
                    .formatted(DOMAINES.getOrDefault(domaine, domaine)));
        }
        Optional<ReglesLocales.OperateurReconnu> reconnu = reconnu(dossier.getBassin(), nom);
        if (reconnu.isPresent()) {
            String formations = reconnu.get().formations() == null ? "" : " (" + reconnu.get().formations() + ")";
            return aVerifier("ALE_COMPETENCE", libelle, ("L'opérateur « %s » correspond à « %s », reconnu dans le "
                    + "bassin%s : vérifier si la formation est agréée, auquel cas la CSEF n'est pas compétente.")
                    .formatted(nom, reconnu.get().nom(), formations));
        }
        return ok("ALE_COMPETENCE", libelle, "Formation hors du portefeuille agréé (opérateur « %s », catégorie « %s ») : "
                .formatted(nom, Libelles.code(categorie)) + "la CSEF est compétente.");
    }

    /**
     * The operator of the dossier's bassin's list whose name the operator's name contains, as whole words whatever the
     * case, accents and dashes: « Croix-Rouge de Belgique » is the Croix-Rouge, « Formations Personnelles » no ONE.
     */
    private Optional<ReglesLocales.OperateurReconnu> reconnu(String bassin, String nom) {
        String mots = " " + Donnees.normaliser(nom) + " ";
        return locales.operateursAleReconnus(bassin).stream()
                .filter(r -> !Donnees.normaliser(r.nom()).isEmpty())
                .filter(r -> mots.contains(" " + Donnees.normaliser(r.nom()) + " ")).findFirst();
    }

    Critere motivation(Dossier dossier) {
        String libelle = "Demande motivée";
        if (Donnees.texte(dossier.getDonnees(), "motivation") == null) {
            return aVerifier("ALE_MOTIVATION", libelle,
                    "La demande ne contient pas de motivation : l'ALE doit introduire une demande motivée.");
        }
        return ok("ALE_MOTIVATION", libelle, "L'ALE motive sa demande.");
    }
}
