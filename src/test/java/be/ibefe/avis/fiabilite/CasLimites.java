package be.ibefe.avis.fiabilite;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.AdressePostale;
import be.ibefe.avis.dossier.ChampDonnees;
import be.ibefe.avis.dossier.ChampDonnees.Entier;
import be.ibefe.avis.dossier.ChampDonnees.Liste;
import be.ibefe.avis.dossier.ChampDonnees.Montant;
import be.ibefe.avis.dossier.ChampDonnees.Objet;
import be.ibefe.avis.dossier.ChampDonnees.Texte;
import be.ibefe.avis.dossier.ChampDonnees.Textes;
import be.ibefe.avis.dossier.SchemasDonnees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The limits a request to register a dossier states, each as a change of a valid request that puts one field at its
 * limit (accepted) or one step above (refused): read from {@link SchemasDonnees} for the {@code donnees}, so that a
 * changed limit is tested as it is. The API ({@link LimitesDesDonneesIT}) and the pages ({@link LimitesDesPagesIT})
 * try the same cases.
 */
final class CasLimites {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CasLimites() {
    }

    /** One change of a request: what it does to the request, and the path of the field it puts at or over a limit. */
    record Cas(String champ, String description, boolean accepte, Consumer<ObjectNode> changement) {
    }

    /**
     * The field of the {@code donnees} that refers to a pôle de synergies: a reference, not a quantity. Its declared
     * bounds (1 to {@link Long#MAX_VALUE}) only say it is a positive n°; what it admits is the n° of an active pôle of
     * the request's bassin ({@code poles/PoleDesigne}). Its cases: that n° accepted; below the bound, above it, and the
     * greatest n° the bound admits, which designates no pôle, refused.
     */
    private static final String POLE_DESIGNE = "donnees.poleId";

    /**
     * The cases of every field of a type's {@code donnees}; {@code pole} gives the n° of an active pôle de synergies
     * of Liège (the bassin of {@link be.ibefe.avis.support.Demandes}), asked only when a case is tried.
     */
    static List<Cas> desDonnees(AvisType type, LongSupplier pole) {
        List<Cas> cas = new ArrayList<>();
        casDesChamps(SchemasDonnees.champs(type), "donnees", d -> (ObjectNode) d.get("donnees"), pole, cas);
        return cas;
    }

    /** The cases of the request's own fields, outside its {@code donnees}. */
    static List<Cas> deLaDemande() {
        List<Cas> cas = new ArrayList<>();
        texte("objet", 2000, d -> d, cas);
        // a registered referenceExterne makes the request an idempotent repeat: each try has its own
        cas.add(new Cas("referenceExterne", "de 200 caractères (la limite)", true,
                d -> d.put("referenceExterne", UUID.randomUUID() + texteDe(200 - 36))));
        cas.add(new Cas("referenceExterne", "de 201 caractères", false,
                d -> d.put("referenceExterne", UUID.randomUUID() + texteDe(201 - 36))));
        texte("demandeur.nom", 300, d -> (ObjectNode) d.get("demandeur"), cas);
        cas.add(new Cas("demandeur.email", "de 254 caractères (la limite)", true,
                d -> ((ObjectNode) d.get("demandeur")).put("email", adresse(254))));
        cas.add(new Cas("demandeur.email", "de 255 caractères", false,
                d -> ((ObjectNode) d.get("demandeur")).put("email", adresse(255))));
        texte("demandeur.adresse.rue", AdressePostale.RUE_MAX, CasLimites::adressePostale, cas);
        texte("demandeur.adresse.localite", AdressePostale.LOCALITE_MAX, CasLimites::adressePostale, cas);
        // a Belgian postal code: 4 digits, from 1000 to 9999
        for (String code : List.of("1000", "9999", "0999", "999", "10000", "4O00")) {
            boolean accepte = code.matches("[1-9][0-9]{3}");
            cas.add(new Cas("demandeur.adresse.codePostal", "« %s »%s".formatted(code, accepte ? " (une borne)" : ""),
                    accepte, d -> adressePostale(d).put("codePostal", code)));
        }
        return cas;
    }

    /** The applicant's postal address in the request, complete, for one of its parts to be changed. */
    private static ObjectNode adressePostale(ObjectNode demande) {
        ObjectNode demandeur = (ObjectNode) demande.get("demandeur");
        if (!demandeur.has("adresse")) {
            demandeur.putObject("adresse").put("rue", "Rue de la Station 12").put("codePostal", "4000")
                    .put("localite", "Liège");
        }
        return (ObjectNode) demandeur.get("adresse");
    }

    /** The cases of the fields of one object, found in the request by {@code objet}. */
    private static void casDesChamps(List<ChampDonnees> champs, String chemin,
            Function<ObjectNode, ObjectNode> objet, LongSupplier pole, List<Cas> cas) {
        for (ChampDonnees champ : champs) {
            String ici = chemin + "." + champ.nom();
            if (champ instanceof Texte texte) {
                texte(ici, texte.longueurMax(), objet, cas);
            } else if (champ instanceof Entier entier && ici.equals(POLE_DESIGNE)) {
                    cas.add(new Cas(ici, "n° d'un pôle de synergies actif du bassin", true,
                            d -> objet.apply(d).put(champ.nom(), pole.getAsLong())));
                    cas.add(new Cas(ici, "= %d".formatted(entier.min() - 1), false,
                            d -> objet.apply(d).put(champ.nom(), entier.min() - 1)));
                    cas.add(new Cas(ici, "= %d (le plus grand n° admis, d'aucun pôle)".formatted(entier.max()), false,
                            d -> objet.apply(d).put(champ.nom(), entier.max())));
                    BigInteger auDela = BigInteger.valueOf(entier.max()).add(BigInteger.ONE);
                    cas.add(new Cas(ici, "= " + auDela, false, d -> objet.apply(d).put(champ.nom(), auDela)));
            } else if (champ instanceof Entier entier) {
                    cas.add(new Cas(ici, "= %d (minimum)".formatted(entier.min()), true,
                            d -> objet.apply(d).put(champ.nom(), entier.min())));
                    cas.add(new Cas(ici, "= %d (maximum)".formatted(entier.max()), true,
                            d -> objet.apply(d).put(champ.nom(), entier.max())));
                    cas.add(new Cas(ici, "= %d".formatted(entier.min() - 1), false,
                            d -> objet.apply(d).put(champ.nom(), entier.min() - 1)));
                    cas.add(new Cas(ici, "= %d".formatted(entier.max() + 1), false,
                            d -> objet.apply(d).put(champ.nom(), entier.max() + 1)));
            } else if (champ instanceof Montant montant) {
                    cas.add(new Cas(ici, "= %s (maximum)".formatted(montant.max().toPlainString()), true,
                            d -> objet.apply(d).put(champ.nom(), montant.max())));
                    BigDecimal auDela = montant.max().add(new BigDecimal("0.01"));
                    cas.add(new Cas(ici, "= " + auDela.toPlainString(), false,
                            d -> objet.apply(d).put(champ.nom(), auDela)));
            } else if (champ instanceof Textes textes) {
                    cas.add(new Cas(ici, "de %d textes de %d caractères (la limite)".formatted(textes.maxElements(),
                            textes.longueurMax()), true, d -> objet.apply(d).set(champ.nom(),
                            textes(textes.maxElements(), textes.longueurMax()))));
                    cas.add(new Cas(ici, "de %d textes".formatted(textes.maxElements() + 1), false,
                            d -> objet.apply(d).set(champ.nom(), textes(textes.maxElements() + 1, 1))));
                    cas.add(new Cas(ici + "[0]", "de %d caractères".formatted(textes.longueurMax() + 1), false,
                            d -> objet.apply(d).set(champ.nom(), textes(1, textes.longueurMax() + 1))));
            } else if (champ instanceof Objet sous) {
                casDesChamps(sous.champs(), ici, d -> sousObjet(objet.apply(d), champ.nom()), pole, cas);
            } else if (champ instanceof Liste liste) {
                    cas.add(new Cas(ici, "de %d éléments (la limite)".formatted(liste.maxElements()), true,
                            d -> repeter(objet.apply(d), champ.nom(), liste.maxElements())));
                    cas.add(new Cas(ici, "de %d éléments".formatted(liste.maxElements() + 1), false,
                            d -> repeter(objet.apply(d), champ.nom(), liste.maxElements() + 1)));
                    if (liste.minElements() > 0) {
                        cas.add(new Cas(ici, "de %d éléments".formatted(liste.minElements() - 1), false,
                                d -> repeter(objet.apply(d), champ.nom(), liste.minElements() - 1)));
                    }
                    casDesChamps(liste.champs(), ici + "[0]",
                            d -> (ObjectNode) objet.apply(d).withArray(champ.nom()).get(0), pole, cas);
            }
            // codes and booleans have values, not limits
        }
    }

    private static void texte(String chemin, int longueurMax, Function<ObjectNode, ObjectNode> objet,
            List<Cas> cas) {
        String nom = chemin.substring(chemin.lastIndexOf('.') + 1);
        cas.add(new Cas(chemin, "de %d caractères (la limite)".formatted(longueurMax), true,
                d -> objet.apply(d).put(nom, texteDe(longueurMax))));
        cas.add(new Cas(chemin, "de %d caractères".formatted(longueurMax + 1), false,
                d -> objet.apply(d).put(nom, texteDe(longueurMax + 1))));
    }

    /**
     * A text of {@code longueur} characters that says where it ends, accents included; it ends on a letter, so that a
     * page that trims what it reads keeps all of it.
     */
    static String texteDe(int longueur) {
        String motif = "Texte é à la limite — ";
        String texte = motif.repeat(longueur / motif.length() + 1).substring(0, longueur);
        return texte.isBlank() || !Character.isWhitespace(texte.charAt(longueur - 1)) ? texte
                : texte.substring(0, longueur - 1) + "x";
    }

    private static ArrayNode textes(int nombre, int longueur) {
        ArrayNode liste = F.arrayNode();
        for (int i = 0; i < nombre; i++) {
            liste.add(texteDe(longueur));
        }
        return liste;
    }

    private static ObjectNode sousObjet(ObjectNode parent, String nom) {
        JsonNode existant = parent.get(nom);
        return existant instanceof ObjectNode objet ? objet : parent.putObject(nom);
    }

    /** The list made of {@code nombre} copies of its first element (or of an empty one). */
    private static void repeter(ObjectNode parent, String nom, int nombre) {
        JsonNode modele = parent.path(nom).path(0);
        ArrayNode liste = parent.putArray(nom);
        for (int i = 0; i < nombre; i++) {
            liste.add(modele.isObject() ? modele.deepCopy() : F.objectNode());
        }
    }

    static ObjectNode unique(ObjectNode demande) {
        return demande.put("referenceExterne", "LIM-" + UUID.randomUUID());
    }

    /** A valid e-mail address of exactly {@code longueur} characters. */
    private static String adresse(int longueur) {
        String local = "a".repeat(64) + "@";
        StringBuilder domaine = new StringBuilder();
        while (local.length() + domaine.length() + 63 + 4 < longueur) {
            domaine.append("b".repeat(63)).append('.');
        }
        int reste = longueur - local.length() - domaine.length() - 3;
        return local + domaine + "c".repeat(reste) + ".be";
    }
}
