package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.ChampDonnees.Booleen;
import be.ibefe.avis.dossier.ChampDonnees.Code;
import be.ibefe.avis.dossier.ChampDonnees.Codes;
import be.ibefe.avis.dossier.ChampDonnees.Entier;
import be.ibefe.avis.dossier.ChampDonnees.Liste;
import be.ibefe.avis.dossier.ChampDonnees.Montant;
import be.ibefe.avis.dossier.ChampDonnees.Objet;
import be.ibefe.avis.dossier.ChampDonnees.Texte;
import be.ibefe.avis.dossier.ChampDonnees.Textes;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the {@code donnees} of each avis type hold (the shared design document, "Intake donnees per type"). The same description
 * validates a request and describes the intake form.
 */
public final class SchemasDonnees {

    static final int COURT = 300;
    static final int LONG = 4000;
    static final int HEURES_MAX = 100_000;
    static final BigDecimal MONTANT_MAX = new BigDecimal("100000000");

    /**
     * Every nature of a CISP request the bassin may receive; renewal, suspension, withdrawal, transfer and changes
     * to the eligible publics are registered too, to be sent on to the Commission CISP of the CESEW.
     */
    public static final List<String> NATURES_CISP = List.of("AGREMENT", "RENOUVELLEMENT", "NOUVELLE_FILIERE",
            "AUGMENTATION_HEURES", "TRANSFERT", "RETRAIT", "SUSPENSION", "MODIFICATION_PUBLICS");
    public static final List<String> TYPES_FILIERE = List.of("EFT", "DEFI");
    public static final List<String> CATEGORIES_FILIERE = List.of("ORIENTATION", "FORMATION_DE_BASE",
            "FORMATION_PROFESSIONNALISANTE");
    public static final List<String> FORMES_JURIDIQUES = List.of("SA", "SRL", "SC", "SNC", "ASBL", "AUTRE");
    public static final List<String> OBJECTIFS_CREDIT_ADAPTATION = List.of("REMISE_A_NIVEAU", "POLYVALENCE",
            "NOUVEAU_POSTE", "NOUVEAUX_OUTILS_METHODES", "SYSTEME_MANAGEMENT");
    public static final List<String> CATEGORIES_OPERATEUR_ALE = List.of("FOREM", "CONVENTIONNE_FOREM",
            "CENTRE_COMPETENCE", "IFAPME", "CISP", "AVIQ", "PROMOTION_SOCIALE", "CHEQUES_FORMATION", "AUTRE");
    public static final List<String> DOMAINES_ALE = List.of("PERMIS_CONDUIRE", "SECURITE", "GARDIENNAGE", "AUTRE");
    public static final List<String> PUBLICS_ALE = List.of("CHOMEURS", "RIS");
    public static final List<String> CATEGORIES_PARTENAIRE_APRC = List.of("CISP", "FOREM", "IFAPME",
            "CENTRE_COMPETENCE", "PROMOTION_SOCIALE", "CENTRE_VALIDATION", "AUTRE");
    public static final List<String> CARACTERES_POLE = List.of("ADDITIONNEL", "INNOVANT", "EMERGENT");

    private static final Map<AvisType, List<ChampDonnees>> SCHEMAS = new TreeMap<>();
    /** The schemas of the types declared by configuration, read from their files; each instance is its declaration's. */
    private static final Map<AvisType, List<ChampDonnees>> DECLARES = Collections.synchronizedMap(new IdentityHashMap<>());

    static {
        SCHEMAS.put(AvisType.CISP_AGREMENT, List.of(
                new Code("nature", "Nature de la demande", true, NATURES_CISP),
                new Objet("centre", "Centre", true, List.of(
                        new Texte("nom", "Nom du centre", true, COURT),
                        new Texte("numeroAgrement", "Numéro d'agrément", false, 50),
                        new Entier("heuresAgreees", "Heures agréées l'an dernier", false, 0, 10 * HEURES_MAX),
                        new Entier("heuresRealisees", "Heures réalisées l'an dernier", false, 0, 10 * HEURES_MAX))),
                new Liste("filieres", "Filières", true, 1, 100, List.of(
                        new Texte("intitule", "Intitulé de la filière", true, COURT),
                        new Code("type", "Type de filière", true, TYPES_FILIERE),
                        new Code("categorie", "Catégorie de filière", true, CATEGORIES_FILIERE),
                        new Texte("codeCedefop", "Code CEDEFOP", false, 20),
                        new Texte("codeRome", "Code ROME V3", false, 20),
                        new Entier("heures", "Heures", true, 0, HEURES_MAX),
                        new Entier("stagiaires", "Stagiaires", false, 0, 10_000)))));
        SCHEMAS.put(AvisType.CREDIT_ADAPTATION, List.of(
                new Objet("entreprise", "Entreprise", true, List.of(
                        new Code("formeJuridique", "Forme juridique", true, FORMES_JURIDIQUES),
                        new Booleen("siegeWallonie", "Siège en Wallonie", true),
                        new Booleen("pme", "PME", true))),
                new Codes("objectifs", "Objectifs de la formation", true, OBJECTIFS_CREDIT_ADAPTATION),
                new Entier("heures", "Heures de formation", true, 1, HEURES_MAX),
                new Montant("montantDemande", "Montant demandé", true, MONTANT_MAX),
                new Montant("aidesDeuxAns", "Aides reçues sur les deux dernières années", false, MONTANT_MAX),
                new Booleen("tutorat", "Volet tutorat", false)));
        SCHEMAS.put(AvisType.ALE_FORMATION, List.of(
                new Objet("operateur", "Opérateur de la formation", true, List.of(
                        new Texte("nom", "Nom de l'opérateur", true, COURT),
                        new Code("categorie", "Catégorie de l'opérateur", true, CATEGORIES_OPERATEUR_ALE))),
                new Texte("intitule", "Intitulé de la formation", true, COURT),
                new Code("domaine", "Domaine", true, DOMAINES_ALE),
                new Code("public", "Public", true, PUBLICS_ALE),
                new Entier("heures", "Heures", false, 1, HEURES_MAX),
                new Montant("cout", "Coût", false, MONTANT_MAX),
                new Texte("motivation", "Motivation de la demande", false, LONG)));
        SCHEMAS.put(AvisType.APRC, List.of(
                new Liste("partenaires", "Partenaires", true, 1, 50, List.of(
                        new Texte("nom", "Nom du partenaire", true, COURT),
                        new Code("categorie", "Catégorie du partenaire", true, CATEGORIES_PARTENAIRE_APRC),
                        new Booleen("agree", "Agréé", false),
                        new Texte("bassin", "Bassin", false, 100))),
                new Texte("metier", "Métier visé", true, COURT),
                new Texte("codeRome", "Code ROME V3 du métier", false, 20),
                new Booleen("publicSousCess", "Public peu scolarisé (sans CESS)", false),
                new Booleen("nouveauPartenariat", "Nouveau partenariat par rapport à l'APRC2", false),
                new Booleen("nouvelleFiliere", "Nouvelle filière par rapport à l'APRC2", false)));
        SCHEMAS.put(AvisType.EPS_FOREM, List.of(
                new Texte("etablissement", "Établissement", true, COURT),
                new Texte("formation", "Formation", true, COURT),
                new Texte("metier", "Métier visé", false, COURT),
                new Texte("codeRome", "Code ROME V3 du métier", false, 20),
                new Booleen("penurie", "Liée à une pénurie de qualification", false),
                new Booleen("publicFragilise", "Public fragilisé", false),
                new Booleen("remiseANiveau", "Avec remise à niveau", false)));
        SCHEMAS.put(AvisType.EQUIPEMENT, List.of(
                new Texte("ecole", "École", true, COURT),
                new Texte("option", "Option", true, COURT),
                new Texte("metier", "Métier visé", true, COURT),
                new Texte("codeRome", "Code ROME V3 du métier", false, 20),
                new Texte("equipement", "Équipement demandé", true, LONG),
                new Montant("montant", "Montant", true, MONTANT_MAX),
                new Textes("equipementsExistants", "Équipements similaires existants (écoles, CDC, CTA)", false, 50,
                        COURT)));
        // the pôle that gives the avis (poleId: one of the bassin's active pôles) and the sub-regional socio-economic
        // impact it judges (004 l.44); the character and publics of a pôle's own projects (004 l.56, 67-72) are kept
        // as the applicant describes them, judged no more
        SCHEMAS.put(AvisType.POLE_OPPORTUNITE, List.of(
                new Texte("pole", "Pôle de synergies", true, COURT),
                new Entier("poleId", "N° du pôle de synergies qui rend l'avis", false, 1, Long.MAX_VALUE),
                new Texte("projet", "Projet", true, LONG),
                new Texte("impactEmploi", "Impact sur l'emploi dans le bassin", false, LONG),
                new Texte("besoinsFormation", "Besoins de formation du bassin rencontrés", false, LONG),
                new Code("caractere", "Caractère du projet", false, CARACTERES_POLE),
                new Texte("public", "Public visé", false, COURT)));
        SCHEMAS.put(AvisType.INTERPELLATION, List.of(
                new Texte("sujet", "Sujet", true, LONG),
                new Booleen("initiative", "D'initiative", false),
                new Texte("demandeurAvis", "Autorité qui sollicite l'avis", false, COURT)));
    }

    private SchemasDonnees() {
    }

    /**
     * The fields of a type: for the domain's, the table above; for a type declared by configuration, its JSON Schema
     * file ({@code avis.types.<CODE>.schema}, {@link SchemaJson}), read once. {@code null} when the type has none, or
     * none that can be read ({@link #manque(AvisType)} says why).
     */
    public static List<ChampDonnees> champs(AvisType type) {
        if (type.duDomaine()) {
            return SCHEMAS.get(type);
        }
        return manque(type).isEmpty() ? DECLARES.get(type) : null;
    }

    /**
     * What keeps a type from having its fields, in French, for the start-up check of its definition
     * ({@code exploitation/DefinitionDesTypes}); empty when it has them.
     */
    public static Optional<String> manque(AvisType type) {
        if (type.duDomaine()) {
            return SCHEMAS.containsKey(type) ? Optional.empty()
                    : Optional.of("son schéma de données (dossier/SchemasDonnees.java)");
        }
        if (type.schema() == null) {
            return Optional.of("son schéma de données (avis.types.%s.schema, un fichier JSON Schema)"
                    .formatted(type.name()));
        }
        if (DECLARES.containsKey(type)) {
            return Optional.empty();
        }
        try {
            DECLARES.put(type, SchemaJson.lire(type.schema()));
            return Optional.empty();
        } catch (SchemaJson.SchemaIllisible e) {
            return Optional.of("un schéma de données lisible (avis.types.%s.schema : %s)".formatted(type.name(),
                    e.getMessage()));
        }
    }

    /** Every field in error, with its path from the request root ({@code donnees.filieres[0].heures}). */
    public static List<ChampErreur> verifier(AvisType type, JsonNode donnees) {
        List<ChampErreur> erreurs = new ArrayList<>();
        ChampDonnees.verifierChamps(champs(type), donnees, "donnees", erreurs);
        return erreurs;
    }
}
