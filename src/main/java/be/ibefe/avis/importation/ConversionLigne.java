package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.AdressePostale;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.ChampDonnees;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.dossier.SaisieDossier;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.system.CaractereNul;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A row of an import file as the request {@code POST /api/dossiers} would receive. The type's {@code donnees} are
 * read by the same code as the "nouveau dossier" form ({@link SaisieDossier}: French numbers, a value that does not
 * read stays as typed so that the validation names it); on top of it, a list of codes or texts is split on
 * {@value ColonnesImport#SEPARATEUR_LISTE}, yes/no answers may be written {@code oui}/{@code non}, and dates
 * {@code AAAA-MM-JJ} or {@code JJ/MM/AAAA}, as a Belgian spreadsheet writes them.
 */
final class ConversionLigne {

    private static final DateTimeFormatter DATE_BELGE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> OUI = Set.of("oui", "vrai", "true", "1");
    private static final Set<String> NON = Set.of("non", "faux", "false", "0");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Digits a number of a request may have before, and after, its decimal point. */
    static final int CHIFFRES_MAX = 15;
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private ConversionLigne() {
    }

    /** The request of the row; what cannot be read is added to {@code erreurs} and left out of the request. */
    static NouveauDossier demande(AvisType type, Map<String, String> lues, List<ChampErreur> erreurs) {
        Map<String, String> valeurs = sansCaractereNul(lues, erreurs);
        String reference = valeurs.get(ColonnesImport.REFERENCE_EXTERNE);
        if (!lues.containsKey(ColonnesImport.REFERENCE_EXTERNE)) {
            erreurs.add(new ChampErreur(ColonnesImport.REFERENCE_EXTERNE, "La référence externe est obligatoire dans "
                    + "un import : c'est elle qui empêche d'enregistrer deux fois la même demande."));
        }
        NouveauDossier.DemandeurSaisi demandeur = new NouveauDossier.DemandeurSaisi(valeurs.get("demandeur.nom"),
                categorie(valeurs.get("demandeur.categorie"), erreurs), valeurs.get("demandeur.bce"),
                valeurs.get("demandeur.email"), adresse(valeurs));
        return new NouveauDossier(type, demandeur, valeurs.get("objet"),
                date("dateReception", valeurs.get("dateReception"), erreurs),
                date("echeance", valeurs.get("echeance"), erreurs), reference,
                commeLeJson(SaisieDossier.donnees(type, saisie(type, valeurs, erreurs))));
    }

    /** The applicant's postal address when a row fills at least one of its columns. */
    private static AdressePostale adresse(Map<String, String> valeurs) {
        String rue = valeurs.get(ColonnesImport.ADRESSE + "rue");
        String codePostal = valeurs.get(ColonnesImport.ADRESSE + "codePostal");
        String localite = valeurs.get(ColonnesImport.ADRESSE + "localite");
        return rue == null && codePostal == null && localite == null ? null
                : new AdressePostale(rue, codePostal, localite);
    }

    /**
     * The values without those holding a NUL character (an {@code _x0000_} of a workbook's cell): each is an error of
     * its column, as the same text in {@code POST /api/dossiers} would be, and is left out of the request.
     */
    private static Map<String, String> sansCaractereNul(Map<String, String> valeurs, List<ChampErreur> erreurs) {
        Map<String, String> propres = new HashMap<>();
        valeurs.forEach((colonne, valeur) -> {
            String interdit = CaractereNul.interdit(valeur);
            if (interdit != null) {
                erreurs.add(new ChampErreur(colonne, interdit));
            } else {
                propres.put(colonne, valeur);
            }
        });
        return propres;
    }

    /**
     * The donnees as a JSON body would bring them ({@code 12500.5} a double, {@code 480} an int), not as the form
     * reader builds them (BigDecimal, BigInteger): Hibernate compares the dossier's JSON with its own copy read back
     * from text, and would otherwise find every imported dossier changed at each flush of the import's transaction
     * (an UPDATE and an audit entry each time).
     */
    private static JsonNode commeLeJson(JsonNode donnees) {
        try {
            return JSON.readTree(JSON.writeValueAsString(donnees));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Données non sérialisables", e);
        }
    }

    /** The column an error names: an element of a one-cell list ({@code donnees.objectifs[1]}) is in its list's column. */
    static String colonne(String chemin) {
        return chemin.replaceFirst("\\[\\d+]$", "");
    }

    /**
     * The row's {@code donnees} as the form would submit them; a number too large or too fine for a request (an
     * exponent, 30 digits) is reported here and left out: the JSON of the dossier could not hold it.
     */
    private static MultiValueMap<String, String> saisie(AvisType type, Map<String, String> valeurs,
            List<ChampErreur> erreurs) {
        MultiValueMap<String, String> saisie = new LinkedMultiValueMap<>();
        Map<String, Integer> lignesDeListes = new HashMap<>();
        valeurs.forEach((colonne, valeur) -> {
            if (!colonne.startsWith("donnees.")) {
                return;
            }
            int crochet = colonne.indexOf('[');
            if (crochet > 0) {
                int index = Integer.parseInt(colonne.substring(crochet + 1, colonne.indexOf(']')));
                lignesDeListes.merge(SaisieDossier.LIGNES + colonne.substring(0, crochet), index + 1, Math::max);
            }
            ChampDonnees champ = champ(type, colonne).orElseThrow();
            if (champ instanceof ChampDonnees.Codes) {
                elements(valeur).forEach(code -> saisie.add(colonne, code));
            } else if (champ instanceof ChampDonnees.Textes) {
                saisie.add(colonne, String.join("\n", elements(valeur)));
            } else if (champ instanceof ChampDonnees.Booleen) {
                saisie.add(colonne, booleen(valeur));
            } else if ((champ instanceof ChampDonnees.Entier || champ instanceof ChampDonnees.Montant)
                    && !lisible(valeur)) {
                erreurs.add(new ChampErreur(colonne, ("« %s » : « %s » n'est pas un nombre lisible (au plus %d chiffres "
                        + "avant la virgule et %d après).").formatted(champ.libelle(), LectureFichier.abreger(valeur),
                                CHIFFRES_MAX, CHIFFRES_MAX)));
            } else {
                saisie.add(colonne, valeur);
            }
        });
        lignesDeListes.forEach((cle, nombre) -> saisie.add(cle, String.valueOf(nombre)));
        return saisie;
    }

    /** The field of the type's schema a {@code donnees} column fills (a list's rows share their fields). */
    private static Optional<ChampDonnees> champ(AvisType type, String colonne) {
        List<ChampDonnees> champs = SchemasDonnees.champs(type);
        ChampDonnees trouve = null;
        for (String nom : INDEX.matcher(colonne.substring("donnees.".length())).replaceAll("").split("\\.")) {
            trouve = champs.stream().filter(c -> c.nom().equals(nom)).findFirst().orElse(null);
            if (trouve == null) {
                return Optional.empty();
            }
            champs = trouve instanceof ChampDonnees.Objet objet ? objet.champs()
                    : trouve instanceof ChampDonnees.Liste liste ? liste.champs() : List.of();
        }
        return Optional.ofNullable(trouve);
    }

    /**
     * A number within {@value #CHIFFRES_MAX} digits on each side of the decimal point, or no number at all (the
     * request's checks then say the field wants one).
     */
    private static boolean lisible(String valeur) {
        BigDecimal nombre;
        try {
            nombre = new BigDecimal(SaisieDossier.chiffres(valeur));
        } catch (NumberFormatException pasUnNombre) {
            return true;
        }
        return nombre.precision() - nombre.scale() <= CHIFFRES_MAX && nombre.scale() <= CHIFFRES_MAX;
    }

    private static List<String> elements(String valeur) {
        return Arrays.stream(valeur.split(Pattern.quote(ColonnesImport.SEPARATEUR_LISTE))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String booleen(String valeur) {
        String reponse = valeur.toLowerCase(Locale.ROOT);
        return OUI.contains(reponse) ? "true" : NON.contains(reponse) ? "false" : valeur;
    }

    private static CategorieDemandeur categorie(String valeur, List<ChampErreur> erreurs) {
        if (valeur == null) {
            return null;
        }
        for (CategorieDemandeur categorie : CategorieDemandeur.values()) {
            if (categorie.name().equalsIgnoreCase(valeur)) {
                return categorie;
            }
        }
        erreurs.add(new ChampErreur("demandeur.categorie", "Catégorie « %s » inconnue. Valeurs admises : %s."
                .formatted(valeur, Arrays.stream(CategorieDemandeur.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")))));
        return null;
    }

    private static LocalDate date(String colonne, String valeur, List<ChampErreur> erreurs) {
        if (valeur == null) {
            return null;
        }
        try {
            return valeur.contains("/") ? LocalDate.parse(valeur, DATE_BELGE) : LocalDate.parse(valeur);
        } catch (DateTimeParseException e) {
            erreurs.add(new ChampErreur(colonne, "Date « %s » invalide : une date réelle AAAA-MM-JJ ou JJ/MM/AAAA "
                    .formatted(valeur) + "est attendue (ex. 2024-03-26)."));
            return null;
        }
    }
}
