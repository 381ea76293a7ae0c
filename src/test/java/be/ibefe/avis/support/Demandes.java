package be.ibefe.avis.support;

import be.ibefe.avis.bassin.AvisType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Realistic requests for the tests, one per avis type, each with its own external reference. */
public final class Demandes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Demandes() {
    }

    /** The realistic request of each type of the domain; a type added needs one (README, « Ajouter un type d'avis »). */
    private static final Map<AvisType, Supplier<ObjectNode>> PAR_TYPE = Map.of(
            AvisType.CISP_AGREMENT, Demandes::cispNouvelleFiliere,
            AvisType.CREDIT_ADAPTATION, Demandes::creditAdaptation,
            AvisType.ALE_FORMATION, Demandes::aleHorsPortefeuille,
            AvisType.APRC, Demandes::aprc,
            AvisType.EPS_FOREM, Demandes::epsForem,
            AvisType.EQUIPEMENT, Demandes::equipement,
            AvisType.POLE_OPPORTUNITE, Demandes::poleOpportunite,
            AvisType.INTERPELLATION, Demandes::interpellation);

    public static ObjectNode pour(AvisType type) {
        Supplier<ObjectNode> demande = PAR_TYPE.get(type);
        if (demande == null) {
            throw new IllegalArgumentException("Pas de demande réaliste pour le type " + type
                    + " dans support/Demandes (README, « Ajouter un type d'avis »)");
        }
        return demande.get();
    }

    /** Every type, in their order, for the tests run once per type ({@code @MethodSource}). */
    public static Stream<AvisType> types() {
        return Arrays.stream(AvisType.values());
    }

    /** Every type a séance or the Bureau decides: all but the pôle's avis d'opportunité, which its pôle gives. */
    public static Stream<AvisType> typesDecidesEnSeance() {
        return types().filter(type -> type != AvisType.POLE_OPPORTUNITE);
    }

    /** A CISP asking for a new filière, as the SPW Emploi-Formation would forward it. */
    public static ObjectNode cispNouvelleFiliere() {
        ObjectNode demande = base("CISP_AGREMENT", "CISP Le Tremplin", "CISP",
                "Demande d'agrément d'une nouvelle filière « Commis de cuisine »");
        ((ObjectNode) demande.get("demandeur")).put("bce", "0403.170.701");
        demande.put("echeance", "2024-05-28");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.put("nature", "NOUVELLE_FILIERE");
        donnees.putObject("centre").put("nom", "Le Tremplin").put("numeroAgrement", "CISP-2019-042");
        donnees.putArray("filieres").addObject()
                .put("intitule", "Commis de cuisine")
                .put("type", "EFT")
                .put("categorie", "FORMATION_PROFESSIONNALISANTE")
                .put("codeCedefop", "1013")
                .put("codeRome", "G1602")
                .put("heures", 1200)
                .put("stagiaires", 12);
        return demande;
    }

    /** A CISP asking for the renewal of its agrément: the Commission CISP of the CESEW advises on it, not the CSEF. */
    public static ObjectNode cispRenouvellement() {
        ObjectNode demande = cispNouvelleFiliere().put("objet", "Renouvellement de l'agrément du centre");
        ((ObjectNode) demande.get("donnees")).put("nature", "RENOUVELLEMENT");
        return demande;
    }

    /** A PME training its welders on a new process, within 9 EUR an hour and the two-year cap. */
    public static ObjectNode creditAdaptation() {
        ObjectNode demande = base("CREDIT_ADAPTATION", "Métallerie Mosane SRL", "ENTREPRISE",
                "Formation de 12 soudeurs au soudage orbital");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.putObject("entreprise").put("formeJuridique", "SRL").put("siegeWallonie", true).put("pme", true);
        donnees.putArray("objectifs").add("NOUVEAUX_OUTILS_METHODES").add("POLYVALENCE");
        donnees.put("heures", 480);
        donnees.put("montantDemande", 4320.00);
        donnees.put("aidesDeuxAns", 12000);
        donnees.put("tutorat", false);
        return demande;
    }

    /** An ALE asking to finance a training outside the agreed portfolio. */
    public static ObjectNode aleHorsPortefeuille() {
        ObjectNode demande = base("ALE_FORMATION", "ALE de Seraing", "ALE",
                "Financement d'une formation en entretien de jardins écologique");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.putObject("operateur").put("nom", "Nature & Jardins ASBL").put("categorie", "AUTRE");
        donnees.put("intitule", "Entretien écologique des jardins");
        donnees.put("domaine", "AUTRE");
        donnees.put("public", "CHOMEURS");
        donnees.put("heures", 40);
        donnees.put("cout", 1800);
        donnees.put("motivation", "Demande de prestataires en titres-services jardinage dans la commune.");
        return demande;
    }

    /** An ALE training by the FOREM: agreed by law, the CSEF is not competent. */
    public static ObjectNode aleForem() {
        ObjectNode demande = aleHorsPortefeuille();
        ((ObjectNode) demande.get("donnees").get("operateur")).put("nom", "FOREM Formation Liège")
                .put("categorie", "FOREM");
        return demande;
    }

    /** A CISP, the FOREM and a promotion sociale school of the bassin, for welders without CESS. */
    public static ObjectNode aprc() {
        ObjectNode demande = base("APRC", "CISP Le Tremplin", "CISP", "Parcours vers le métier de soudeur (APRC3)");
        ObjectNode donnees = demande.putObject("donnees");
        var partenaires = donnees.putArray("partenaires");
        partenaires.addObject().put("nom", "CISP Le Tremplin").put("categorie", "CISP").put("agree", true)
                .put("bassin", "Liège");
        partenaires.addObject().put("nom", "FOREM Formation Industrie").put("categorie", "FOREM").put("agree", true)
                .put("bassin", "Liège");
        partenaires.addObject().put("nom", "Institut de promotion sociale de Seraing").put("categorie",
                "PROMOTION_SOCIALE").put("bassin", "Liège");
        donnees.put("metier", "Soudeur");
        donnees.put("codeRome", "H2913");
        donnees.put("publicSousCess", true);
        donnees.put("nouveauPartenariat", true);
        return demande;
    }

    public static ObjectNode epsForem() {
        ObjectNode demande = base("EPS_FOREM", "Institut provincial de promotion sociale", "OPERATEUR",
                "Convention EPS-FOREM : aide-soignant");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.put("etablissement", "Institut provincial de promotion sociale de Liège");
        donnees.put("formation", "Aide-soignant");
        donnees.put("metier", "Aide-soignant");
        donnees.put("penurie", true);
        donnees.put("publicFragilise", true);
        donnees.put("remiseANiveau", true);
        return demande;
    }

    public static ObjectNode equipement() {
        ObjectNode demande = base("EQUIPEMENT", "Athénée royal de Waremme", "ECOLE",
                "Fonds d'équipement : poste de soudage orbital");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.put("ecole", "Athénée royal de Waremme");
        donnees.put("option", "Soudeur");
        donnees.put("metier", "Soudeur");
        donnees.put("equipement", "Poste de soudage orbital et simulateur de soudage");
        donnees.put("montant", 48500.00);
        donnees.putArray("equipementsExistants");
        return demande;
    }

    /** A project submitted to a pôle de compétitivité, whose sub-regional impact a pôle de synergies judges. */
    public static ObjectNode poleOpportunite() {
        ObjectNode demande = base("POLE_OPPORTUNITE", "Cluster TWIST", "AUTRE",
                "Avis d'opportunité : atelier de motion design");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.put("pole", "Communication, média et multimédia");
        donnees.put("projet", "Atelier commun de motion design pour élèves du qualifiant et demandeurs d'emploi");
        donnees.put("impactEmploi", "Douze emplois de monteurs et animateurs vidéo dans le bassin en trois ans");
        donnees.put("besoinsFormation", "Formation continue des infographistes ; stages pour le qualifiant");
        return demande;
    }

    /** The same request, designating the pôle de synergies {@code poleId} to give the avis. */
    public static ObjectNode poleOpportunite(long poleId) {
        ObjectNode demande = poleOpportunite();
        ((ObjectNode) demande.get("donnees")).put("poleId", poleId);
        return demande;
    }

    public static ObjectNode interpellation() {
        ObjectNode demande = base("INTERPELLATION", "Instance Bassin EFE de Liège", "INSTANCE",
                "Interpellation sur la pénurie de places de stage en soins infirmiers");
        ObjectNode donnees = demande.putObject("donnees");
        donnees.put("sujet", "Places de stage en soins infirmiers dans le bassin");
        donnees.put("initiative", true);
        return demande;
    }

    /** A request of {@code type} without its donnees. */
    public static ObjectNode base(String type, String demandeur, String categorie, String objet) {
        ObjectNode demande = JSON.createObjectNode();
        demande.put("type", type);
        demande.putObject("demandeur").put("nom", demandeur).put("categorie", categorie)
                .put("email", "secretariat@" + demandeur.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "") + ".be");
        demande.put("objet", objet);
        demande.put("dateReception", "2024-03-12");
        demande.put("referenceExterne", "EXT-" + UUID.randomUUID());
        return demande;
    }
}
