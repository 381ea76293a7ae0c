package be.ibefe.avis.rules;

import static be.ibefe.avis.rules.EligibilityRule.aVerifier;
import static be.ibefe.avis.rules.EligibilityRule.ko;
import static be.ibefe.avis.rules.EligibilityRule.ok;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Call "Parcours de renforcement des compétences": at least two partners of different horizons, among them an
 * agreed CISP and a public training or qualifying-teaching operator or an agreed validation centre; priorities
 * (same bassin, fonction critique or métier prioritaire, public below the CESS) are flagged, not refused; APRC3 wants a new partnership
 * or a new filière compared with APRC2.
 */
@Component
public class AprcRules implements AvisTypeRules {

    private final ParametresRegles parametres;
    private final MetierPrioritaireRule metierPrioritaire;
    private final ReglesLocales locales;

    public AprcRules(ParametresRegles parametres, MetierPrioritaireRule metierPrioritaire, ReglesLocales locales) {
        this.parametres = parametres;
        this.metierPrioritaire = metierPrioritaire;
        this.locales = locales;
    }

    @Override
    public AvisType type() {
        return AvisType.APRC;
    }

    @Override
    public List<EligibilityRule> regles() {
        return List.of(this::partenariat, this::cispAgree, this::operateurPublic, this::nouveaute, this::memeBassin,
                d -> metierPrioritaire.evaluerAvecFonctionsCritiques("APRC_METIER_PRIORITAIRE", d), this::publicPeuScolarise);
    }

    Critere partenariat(Dossier dossier) {
        List<JsonNode> partenaires = partenaires(dossier);
        Set<String> horizons = new LinkedHashSet<>();
        partenaires.forEach(p -> horizons.add(Donnees.texte(p, "categorie")));
        String libelle = "Partenariat";
        String constat = "%d partenaire(s), de %d horizon(s) : %s.".formatted(partenaires.size(), horizons.size(),
                String.join(", ", horizons.stream().map(Libelles::code).toList()));
        if (partenaires.size() < 2 || horizons.size() < 2) {
            return ko("APRC_PARTENARIAT", libelle, constat + " Il faut au moins deux partenaires d'horizons différents.");
        }
        return ok("APRC_PARTENARIAT", libelle, constat);
    }

    Critere cispAgree(Dossier dossier) {
        String libelle = "CISP agréé";
        List<JsonNode> cisp = partenaires(dossier).stream()
                .filter(p -> "CISP".equals(Donnees.texte(p, "categorie"))).toList();
        if (cisp.stream().anyMatch(p -> Boolean.TRUE.equals(Donnees.booleen(p, "agree")))) {
            return ok("APRC_CISP_AGREE", libelle, "Partenaire CISP agréé : %s."
                    .formatted(noms(cisp.stream().filter(p -> Boolean.TRUE.equals(Donnees.booleen(p, "agree"))))));
        }
        if (cisp.stream().anyMatch(p -> Donnees.booleen(p, "agree") == null)) {
            return aVerifier("APRC_CISP_AGREE", libelle,
                    "L'agrément du CISP partenaire n'est pas précisé : %s.".formatted(noms(cisp.stream())));
        }
        return ko("APRC_CISP_AGREE", libelle, "Le projet doit compter au moins un CISP agréé parmi ses partenaires.");
    }

    Critere operateurPublic(Dossier dossier) {
        String libelle = "Opérateur public ou centre de validation";
        ParametresRegles.Aprc aprc = parametres.aprc();
        List<JsonNode> publics = partenaires(dossier).stream()
                .filter(p -> aprc.operateursPublics().contains(Donnees.texte(p, "categorie")))
                .filter(p -> !aprc.operateursPublicsAgreesRequis().contains(Donnees.texte(p, "categorie"))
                        || Boolean.TRUE.equals(Donnees.booleen(p, "agree")))
                .toList();
        if (publics.isEmpty()) {
            return ko("APRC_OPERATEUR_PUBLIC", libelle, "Le projet doit compter au moins un opérateur public de "
                    + "formation (FOREM, IFAPME, centre de compétence), d'enseignement qualifiant (promotion sociale) "
                    + "ou un centre de validation des compétences agréé.");
        }
        return ok("APRC_OPERATEUR_PUBLIC", libelle, "Partenaire(s) : %s.".formatted(noms(publics.stream())));
    }

    Critere nouveaute(Dossier dossier) {
        String libelle = "Nouveauté par rapport à l'APRC2";
        Boolean partenariat = Donnees.booleen(dossier.getDonnees(), "nouveauPartenariat");
        Boolean filiere = Donnees.booleen(dossier.getDonnees(), "nouvelleFiliere");
        if (Boolean.TRUE.equals(partenariat) || Boolean.TRUE.equals(filiere)) {
            return ok("APRC_NOUVEAUTE", libelle, Boolean.TRUE.equals(partenariat)
                    ? "Nouveau partenariat par rapport à l'APRC2." : "Nouvelle filière par rapport à l'APRC2.");
        }
        if (Boolean.FALSE.equals(partenariat) && Boolean.FALSE.equals(filiere)) {
            return ko("APRC_NOUVEAUTE", libelle, "Ni nouveau partenariat ni nouvelle filière : l'APRC3 ne prolonge "
                    + "pas les projets de l'APRC2.");
        }
        return aVerifier("APRC_NOUVEAUTE", libelle,
                "Le demandeur ne précise pas s'il s'agit d'un nouveau partenariat ou d'une nouvelle filière.");
    }

    /**
     * The priority goes to partners of the bassin of the Instance that gives the avis: the dossier's. A partner names
     * its bassin in words; it is of the dossier's when it writes the bassin's name or code, whatever the case, accents
     * and dashes (« Huy-Waremme », « huy waremme », « Huy »).
     */
    Critere memeBassin(Dossier dossier) {
        String libelle = "Partenaires du même bassin (priorité)";
        String nom = Objects.requireNonNullElse(locales.nomDuBassin(dossier.getBassin()), dossier.getBassin());
        Set<String> ecritures = Set.of(normaliser(nom), normaliser(dossier.getBassin()));
        List<JsonNode> ailleurs = partenaires(dossier).stream()
                .filter(p -> !ecritures.contains(normaliser(Donnees.texte(p, "bassin")))).toList();
        if (!ailleurs.isEmpty()) {
            return aVerifier("APRC_MEME_BASSIN", libelle, "Partenaire(s) hors du bassin de %s ou bassin non précisé : %s."
                    .formatted(nom, noms(ailleurs.stream())));
        }
        return ok("APRC_MEME_BASSIN", libelle, "Tous les partenaires sont du bassin de " + nom + ".");
    }

    Critere publicPeuScolarise(Dossier dossier) {
        String libelle = "Public peu scolarisé (priorité)";
        Boolean sousCess = Donnees.booleen(dossier.getDonnees(), "publicSousCess");
        if (Boolean.TRUE.equals(sousCess)) {
            return ok("APRC_PUBLIC_SOUS_CESS", libelle, "Le parcours s'adresse à un public sans CESS.");
        }
        return aVerifier("APRC_PUBLIC_SOUS_CESS", libelle, sousCess == null
                ? "Le niveau de qualification du public n'est pas précisé."
                : "Le public visé n'est pas un public peu scolarisé (sans CESS), prioritaire dans l'appel.");
    }

    private static List<JsonNode> partenaires(Dossier dossier) {
        return Donnees.liste(dossier.getDonnees(), "partenaires");
    }

    private static String noms(java.util.stream.Stream<JsonNode> partenaires) {
        return String.join(", ", partenaires.map(p -> "« " + Donnees.texte(p, "nom") + " »").toList());
    }

    private static String normaliser(String texte) {
        return Donnees.normaliser(texte);
    }
}
