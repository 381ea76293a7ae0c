package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The "nouveau dossier" form of a type, built from {@link SchemasDonnees}: each field's input is named after its
 * JSON path ({@code donnees.filieres[0].heures}), the path the API reports errors on. What is typed becomes the
 * request's JSON; a value that does not read as its type stays as typed, so that the validation names it and the
 * form shows it again.
 */
public final class SaisieDossier {

    /** Hidden input giving the number of rows of a list of objects, e.g. {@code lignes.donnees.filieres}. */
    public static final String LIGNES = "lignes.";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** How a field is entered. */
    public enum Genre {
        TEXTE, TEXTE_LONG, CODE, CODES, ENTIER, MONTANT, BOOLEEN, TEXTES
    }

    /** A field of the form with what was typed in it ({@code valeur}, or {@code valeurs} for several). */
    public record Champ(String chemin, String libelle, Genre genre, boolean obligatoire, List<String> codes,
            String valeur, List<String> valeurs) {
    }

    /** A group of fields (an object) or the rows of a list of objects. */
    public record Groupe(String chemin, String libelle, boolean liste, List<List<Champ>> lignes) {
    }

    /** One block of the form: a field or a group. */
    public record Bloc(Champ champ, Groupe groupe) {
    }

    private SaisieDossier() {
    }

    /** The {@code donnees} of the request from the submitted form. */
    public static ObjectNode donnees(AvisType type, MultiValueMap<String, String> saisie) {
        return objet(SchemasDonnees.champs(type), "donnees", saisie);
    }

    /** The blocks of the form of a type, filled with the request's {@code donnees} (empty for a new form). */
    public static List<Bloc> blocs(AvisType type, JsonNode donnees) {
        List<Bloc> blocs = new ArrayList<>();
        for (ChampDonnees champ : SchemasDonnees.champs(type)) {
            String chemin = "donnees." + champ.nom();
            JsonNode valeur = donnees.path(champ.nom());
            if (champ instanceof ChampDonnees.Objet objet) {
                blocs.add(new Bloc(null, new Groupe(chemin, objet.libelle(), false,
                        List.of(champs(objet.champs(), chemin, valeur)))));
            } else if (champ instanceof ChampDonnees.Liste liste) {
                List<List<Champ>> lignes = new ArrayList<>();
                int nombre = Math.max(valeur.size(), liste.minElements());
                for (int i = 0; i < nombre; i++) {
                    lignes.add(champs(liste.champs(), chemin + "[" + i + "]", valeur.path(i)));
                }
                blocs.add(new Bloc(null, new Groupe(chemin, liste.libelle(), true, lignes)));
            } else {
                blocs.add(new Bloc(champ(champ, chemin, valeur), null));
            }
        }
        return blocs;
    }

    /** Adds an empty row to a list, or removes row {@code index}, in the request's {@code donnees}. */
    public static void modifierLignes(ObjectNode donnees, String chemin, Integer index) {
        String nom = chemin.substring("donnees.".length());
        JsonNode liste = donnees.get(nom);
        ArrayNode lignes = liste instanceof ArrayNode tableau ? tableau : donnees.putArray(nom);
        if (index == null) {
            lignes.addObject();
        } else if (index >= 0 && index < lignes.size()) {
            lignes.remove(index);
        }
    }

    private static List<Champ> champs(List<ChampDonnees> schema, String prefixe, JsonNode valeurs) {
        return schema.stream().map(c -> champ(c, prefixe + "." + c.nom(), valeurs.path(c.nom()))).toList();
    }

    private static Champ champ(ChampDonnees champ, String chemin, JsonNode valeur) {
        Genre genre = genre(champ);
        List<String> codes = champ instanceof ChampDonnees.Code code ? code.codes()
                : champ instanceof ChampDonnees.Codes liste ? liste.codes() : List.of();
        List<String> valeurs = new ArrayList<>();
        if (valeur.isArray()) {
            valeur.forEach(v -> valeurs.add(v.asText()));
        }
        String texte = valeur.isMissingNode() || valeur.isNull() ? null
                : genre == Genre.TEXTES ? String.join("\n", valeurs) : valeur.asText();
        return new Champ(chemin, champ.libelle(), genre, champ.obligatoire(), codes, texte, valeurs);
    }

    private static Genre genre(ChampDonnees champ) {
        if (champ instanceof ChampDonnees.Texte texte) {
            return texte.longueurMax() > SchemasDonnees.COURT ? Genre.TEXTE_LONG : Genre.TEXTE;
        }
        if (champ instanceof ChampDonnees.Code) {
            return Genre.CODE;
        }
        if (champ instanceof ChampDonnees.Codes) {
            return Genre.CODES;
        }
        if (champ instanceof ChampDonnees.Entier) {
            return Genre.ENTIER;
        }
        if (champ instanceof ChampDonnees.Montant) {
            return Genre.MONTANT;
        }
        if (champ instanceof ChampDonnees.Booleen) {
            return Genre.BOOLEEN;
        }
        if (champ instanceof ChampDonnees.Textes) {
            return Genre.TEXTES;
        }
        throw new IllegalArgumentException("Pas un champ simple : " + champ.nom());
    }

    private static ObjectNode objet(List<ChampDonnees> schema, String prefixe, MultiValueMap<String, String> saisie) {
        ObjectNode objet = JSON.objectNode();
        for (ChampDonnees champ : schema) {
            String chemin = prefixe + "." + champ.nom();
            if (champ instanceof ChampDonnees.Objet sousObjet) {
                objet.set(champ.nom(), objet(sousObjet.champs(), chemin, saisie));
            } else if (champ instanceof ChampDonnees.Liste liste) {
                ArrayNode lignes = objet.putArray(champ.nom());
                int nombre = lignes(saisie.getFirst(LIGNES + chemin), liste.maxElements());
                for (int i = 0; i < nombre; i++) {
                    lignes.add(objet(liste.champs(), chemin + "[" + i + "]", saisie));
                }
            } else {
                JsonNode valeur = valeur(champ, chemin, saisie);
                if (valeur != null) {
                    objet.set(champ.nom(), valeur);
                }
            }
        }
        return objet;
    }

    /** Null for an empty field: absent from the request, as the API would receive it. */
    private static JsonNode valeur(ChampDonnees champ, String chemin, MultiValueMap<String, String> saisie) {
        if (champ instanceof ChampDonnees.Codes) {
            List<String> codes = saisie.getOrDefault(chemin, List.of());
            return codes.isEmpty() ? null : tableau(codes);
        }
        String brut = saisie.getFirst(chemin);
        if (brut == null || brut.isBlank()) {
            return null;
        }
        String texte = brut.trim();
        if (champ instanceof ChampDonnees.Textes) {
            return tableau(Arrays.stream(texte.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        if (champ instanceof ChampDonnees.Booleen) {
            return "true".equals(texte) || "false".equals(texte) ? JSON.booleanNode(Boolean.parseBoolean(texte))
                    : JSON.textNode(texte);
        }
        if (champ instanceof ChampDonnees.Entier || champ instanceof ChampDonnees.Montant) {
            return nombre(texte, champ instanceof ChampDonnees.Entier);
        }
        return JSON.textNode(brut);
    }

    /** French typing allowed: spaces between thousands, a decimal comma. */
    private static JsonNode nombre(String texte, boolean entier) {
        String chiffres = chiffres(texte);
        try {
            BigDecimal nombre = new BigDecimal(chiffres);
            return entier && nombre.stripTrailingZeros().scale() <= 0 ? JSON.numberNode(nombre.toBigIntegerExact())
                    : entier ? JSON.textNode(texte) : JSON.numberNode(nombre);
        } catch (NumberFormatException | ArithmeticException e) {
            return JSON.textNode(texte);
        }
    }

    /** A number as typed, in the writing {@link BigDecimal} reads: without its thousands' spaces, with a dot. */
    public static String chiffres(String texte) {
        return texte.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
    }

    private static ArrayNode tableau(List<String> textes) {
        ArrayNode tableau = JSON.arrayNode();
        textes.forEach(tableau::add);
        return tableau;
    }

    /**
     * The number of rows the form says it sends: at most one more than the list allows, so that too many rows are
     * refused by the validation, naming the list, rather than cut without a word, and no typed count makes the page
     * read rows without end.
     */
    private static int lignes(String texte, int maxElements) {
        try {
            return texte == null ? 0 : Math.max(0, Math.min(Integer.parseInt(texte.trim()), maxElements + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
