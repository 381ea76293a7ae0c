package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
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

    public AleFormationRules(ParametresRegles parametres) {
        this.parametres = parametres.ale();
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
        String nomMinuscule = nom == null ? "" : nom.toLowerCase(Locale.ROOT);
        Optional<String> reconnu = parametres.operateursReconnusLocalement().stream()
                .filter(r -> nomMinuscule.contains(r.toLowerCase(Locale.ROOT))).findFirst();
        if (reconnu.isPresent()) {
            return aVerifier("ALE_COMPETENCE", libelle, ("L'opérateur « %s » correspond à « %s », reconnu dans le "
                    + "bassin : vérifier si la formation est agréée, auquel cas la CSEF n'est pas compétente.")
                    .formatted(nom, reconnu.get()));
        }
        return ok("ALE_COMPETENCE", libelle, "Formation hors du portefeuille agréé (opérateur « %s », catégorie %s) : "
                .formatted(nom, categorie) + "la CSEF est compétente.");
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
