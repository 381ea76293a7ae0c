package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Criteria of a CISP request (décret CISP): the nature of the request, filières described by type (EFT or DéFI),
 * category, CEDEFOP and ROME V3 codes, hours and trainees, an existing agrément for anything but a first one, and
 * for a renewal or more hours the share of last year's approved hours actually delivered.
 */
@Component
public class CispAgrementRules implements AvisTypeRules {

    private static final Set<String> NATURES_SUR_AGREMENT_EN_COURS = Set.of("RENOUVELLEMENT", "NOUVELLE_FILIERE",
            "AUGMENTATION_HEURES", "TRANSFERT", "RETRAIT", "SUSPENSION", "MODIFICATION_PUBLICS");
    /** The Commission CISP of the CESEW advises on these, not the CSEF (the shared domain document; seed 002, l.810-828). */
    private static final Map<String, String> NATURES_COMMISSION_CISP = Map.of("RENOUVELLEMENT",
            "un renouvellement d'agrément", "SUSPENSION", "une suspension d'agrément", "RETRAIT",
            "un retrait d'agrément", "TRANSFERT", "le transfert d'une filière", "MODIFICATION_PUBLICS",
            "une modification des publics éligibles");
    private static final Set<String> NATURES_SUR_REALISATION = Set.of("RENOUVELLEMENT", "AUGMENTATION_HEURES");

    private final BigDecimal tauxRealisationMinimum;

    public CispAgrementRules(ParametresRegles parametres) {
        this.tauxRealisationMinimum = parametres.cisp().tauxRealisationMinimum();
    }

    @Override
    public AvisType type() {
        return AvisType.CISP_AGREMENT;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::competence, this::nature, this::agrementExistant, this::filieres, this::typeEtCategorie,
                this::codification, this::volume, this::tauxRealisation);
    }

    @Override
    public Optional<EligibilityRule> competence() {
        return Optional.of(this::competence);
    }

    Critere competence(Dossier dossier) {
        String libelle = "Compétence de la CSEF";
        String nature = Donnees.texte(dossier.getDonnees(), "nature");
        // a request without its nature (one registered before the field, or written without it) is the CSEF's
        if (nature != null && NATURES_COMMISSION_CISP.containsKey(nature)) {
            return ko("CISP_COMPETENCE", libelle, ("La demande porte sur %s : l'avis en revient à la Commission CISP "
                    + "du CESEW. La CSEF n'est pas compétente.").formatted(NATURES_COMMISSION_CISP.get(nature)));
        }
        return ok("CISP_COMPETENCE", libelle, "Agrément d'un centre, nouvelle filière ou heures supplémentaires : "
                + "la CSEF est compétente.");
    }

    Critere nature(Dossier dossier) {
        String nature = Donnees.texte(dossier.getDonnees(), "nature");
        String libelle = "Nature de la demande";
        if (nature == null || !SchemasDonnees.NATURES_CISP.contains(nature)) {
            return ko("CISP_NATURE", libelle, "Nature « %s » absente ou inconnue : agrément, renouvellement, "
                    .formatted(nature) + "nouvelle filière, augmentation d'heures, transfert, retrait, suspension ou modification des publics "
                    + "attendu.");
        }
        return ok("CISP_NATURE", libelle, "Demande de type « %s ».".formatted(Libelles.code(nature)));
    }

    Critere agrementExistant(Dossier dossier) {
        String libelle = "Agrément en cours";
        String nature = Donnees.texte(dossier.getDonnees(), "nature");
        String numero = Donnees.texte(dossier.getDonnees().get("centre"), "numeroAgrement");
        if (!NATURES_SUR_AGREMENT_EN_COURS.contains(nature)) {
            return ok("CISP_AGREMENT_EXISTANT", libelle,
                    "Première demande d'agrément : aucun numéro d'agrément n'est requis.");
        }
        if (numero == null) {
            return ko("CISP_AGREMENT_EXISTANT", libelle,
                    "Une demande de type « %s » suppose un centre déjà agréé, mais aucun numéro d'agrément n'est "
                            .formatted(Libelles.code(nature)) + "donné.");
        }
        return ok("CISP_AGREMENT_EXISTANT", libelle, "Centre agréé sous le numéro " + numero + ".");
    }

    Critere filieres(Dossier dossier) {
        List<JsonNode> filieres = Donnees.liste(dossier.getDonnees(), "filieres");
        String libelle = "Filières décrites";
        if (filieres.isEmpty()) {
            return ko("CISP_FILIERES", libelle,
                    "La demande ne décrit aucune filière : l'agrément porte sur des heures par filière.");
        }
        return ok("CISP_FILIERES", libelle, "%d filière(s) décrite(s).".formatted(filieres.size()));
    }

    Critere typeEtCategorie(Dossier dossier) {
        String libelle = "Type et catégorie des filières";
        List<String> fautives = new ArrayList<>();
        for (JsonNode filiere : Donnees.liste(dossier.getDonnees(), "filieres")) {
            if (!SchemasDonnees.TYPES_FILIERE.contains(String.valueOf(Donnees.texte(filiere, "type")))
                    || !SchemasDonnees.CATEGORIES_FILIERE.contains(String.valueOf(Donnees.texte(filiere, "categorie")))) {
                fautives.add(intitule(filiere));
            }
        }
        if (!fautives.isEmpty()) {
            return ko("CISP_TYPE_CATEGORIE", libelle,
                    "Type (EFT ou DéFI) ou catégorie (orientation, formation de base, formation professionnalisante) "
                            + "manquant ou inconnu pour : " + String.join(", ", fautives) + ".");
        }
        return ok("CISP_TYPE_CATEGORIE", libelle, "Chaque filière a un type EFT ou DéFI et une catégorie reconnue.");
    }

    Critere codification(Dossier dossier) {
        String libelle = "Codes CEDEFOP et ROME V3";
        List<String> incompletes = new ArrayList<>();
        for (JsonNode filiere : Donnees.liste(dossier.getDonnees(), "filieres")) {
            if (Donnees.texte(filiere, "codeCedefop") == null || Donnees.texte(filiere, "codeRome") == null) {
                incompletes.add(intitule(filiere));
            }
        }
        if (!incompletes.isEmpty()) {
            return aVerifier("CISP_CODIFICATION", libelle, "Code CEDEFOP ou ROME V3 manquant pour : "
                    + String.join(", ", incompletes)
                    + ". Sans eux, l'offre ne peut être comparée aux besoins du territoire.");
        }
        return ok("CISP_CODIFICATION", libelle, "Chaque filière porte un code CEDEFOP et un code ROME V3.");
    }

    Critere volume(Dossier dossier) {
        String libelle = "Heures et stagiaires";
        if ("RETRAIT".equals(Donnees.texte(dossier.getDonnees(), "nature"))) {
            return ok("CISP_VOLUME", libelle, "Retrait : aucune heure n'est demandée.");
        }
        List<String> fautives = new ArrayList<>();
        long heures = 0;
        for (JsonNode filiere : Donnees.liste(dossier.getDonnees(), "filieres")) {
            long h = Donnees.entier(filiere, "heures");
            if (h <= 0 || Donnees.entier(filiere, "stagiaires") <= 0) {
                fautives.add(intitule(filiere));
            }
            heures += Math.max(h, 0);
        }
        if (!fautives.isEmpty()) {
            return ko("CISP_VOLUME", libelle,
                    "Nombre d'heures ou de stagiaires manquant ou nul pour : " + String.join(", ", fautives) + ".");
        }
        return ok("CISP_VOLUME", libelle, "%s heure(s) demandée(s) au total.".formatted(Libelles.nombre(heures)));
    }

    /** Centres that delivered less than the configured share of their approved hours are flagged. */
    Critere tauxRealisation(Dossier dossier) {
        String libelle = "Heures réalisées l'an dernier";
        String nature = Donnees.texte(dossier.getDonnees(), "nature");
        if (!NATURES_SUR_REALISATION.contains(nature)) {
            return ok("CISP_TAUX_REALISATION", libelle, "Sans objet pour une demande de type « %s ».".formatted(Libelles.code(nature)));
        }
        JsonNode centre = dossier.getDonnees().get("centre");
        long agreees = Donnees.entier(centre, "heuresAgreees");
        long realisees = Donnees.entier(centre, "heuresRealisees");
        if (agreees <= 0 || centre.get("heuresRealisees") == null) {
            return aVerifier("CISP_TAUX_REALISATION", libelle,
                    "Heures agréées et réalisées l'an dernier non communiquées : le taux de réalisation est à vérifier.");
        }
        BigDecimal taux = BigDecimal.valueOf(realisees).divide(BigDecimal.valueOf(agreees), 4, RoundingMode.DOWN);
        String constat = "%s heures réalisées sur %s agréées, soit %s %% (minimum %s %%)."
                .formatted(Libelles.nombre(realisees), Libelles.nombre(agreees), pourcent(taux), pourcent(tauxRealisationMinimum));
        if (taux.compareTo(tauxRealisationMinimum) < 0) {
            return aVerifier("CISP_TAUX_REALISATION", libelle, constat + " Le centre n'a pas réalisé ses heures.");
        }
        return ok("CISP_TAUX_REALISATION", libelle, constat);
    }

    private static String pourcent(BigDecimal taux) {
        return taux.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String intitule(JsonNode filiere) {
        String intitule = Donnees.texte(filiere, "intitule");
        return intitule == null ? "(filière sans intitulé)" : "« " + intitule + " »";
    }
}
