package be.ibefe.avis.importation;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an uploaded file into the rows of an import, or refuses the file as a whole (400, field {@code fichier}):
 * neither UTF-8 CSV nor .xlsx, empty, without a header, with a column the type does not know or twice the same,
 * with a value outside the header's columns, with more rows than the configured limit, or beyond the bounds every
 * reader keeps while it reads (a cell, a row's columns, a workbook's inflated size): a hostile file is refused as
 * soon as it passes one, before it fills the memory. What each row says is checked later, row by row.
 */
final class LectureFichier {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    static final String CHAMP = "fichier";
    /** Longest cell an import reads: Excel's own limit for a cell. */
    static final int LONGUEUR_MAX_CELLULE = 32_767;
    /** Columns a row may have: far more than any type's template, far fewer than a row of separators only. */
    static final int COLONNES_MAX = 1_000;

    private LectureFichier() {
    }

    static FichierImport lire(String nom, byte[] contenu, ColonnesImport colonnes, int lignesMax) {
        if (contenu.length == 0) {
            throw refus("Le fichier « %s » est vide.".formatted(nom));
        }
        FichierImport.Format format;
        List<Enregistrement> enregistrements;
        if (commencePar(contenu, ZIP)) {
            format = FichierImport.Format.XLSX;
            enregistrements = xlsx(nom, contenu, lignesMax);
        } else if (commencePar(contenu, OLE2)) {
            throw refus("« %s » est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV UTF-8."
                    .formatted(nom));
        } else {
            format = FichierImport.Format.CSV;
            enregistrements = LectureCsv.lire(texte(nom, contenu), lignesMax);
        }
        if (enregistrements.isEmpty()) {
            throw refus("Le fichier « %s » ne contient aucune ligne.".formatted(nom));
        }
        Enregistrement entete = enregistrements.get(0);
        List<String> noms = entete(entete, colonnes);
        List<Enregistrement> donnees = enregistrements.subList(1, enregistrements.size());
        if (donnees.isEmpty()) {
            throw refus("Le fichier « %s » n'a aucune demande sous son en-tête.".formatted(nom));
        }
        List<ChampErreur> horsColonnes = new ArrayList<>();
        List<FichierImport.Ligne> lignes = new ArrayList<>(donnees.size());
        for (Enregistrement enregistrement : donnees) {
            Map<String, String> valeurs = new HashMap<>();
            List<String> cellules = enregistrement.cellules();
            for (int i = 0; i < cellules.size(); i++) {
                String valeur = cellules.get(i).strip();
                if (i >= noms.size() || noms.get(i) == null) {
                    if (!valeur.isEmpty()) {
                        horsColonnes.add(new ChampErreur(CHAMP, "Ligne %d : la valeur « %s » (colonne %d) n'a pas d'en-tête."
                                .formatted(enregistrement.ligne(), abreger(valeur), i + 1)));
                    }
                } else if (!valeur.isEmpty()) {
                    valeurs.put(noms.get(i), valeur);
                }
            }
            lignes.add(new FichierImport.Ligne(enregistrement.ligne(), valeurs));
        }
        if (!horsColonnes.isEmpty()) {
            throw new DonneesInvalidesException(horsColonnes);
        }
        return new FichierImport(format, noms.stream().filter(n -> n != null).toList(), lignes);
    }

    /**
     * The canonical name of each column of the header (null for an empty header cell). A first row that names no
     * known column is no header at all.
     */
    private static List<String> entete(Enregistrement entete, ColonnesImport colonnes) {
        List<String> noms = new ArrayList<>();
        List<ChampErreur> erreurs = new ArrayList<>();
        Map<String, Integer> vues = new LinkedHashMap<>();
        for (int i = 0; i < entete.cellules().size(); i++) {
            String cellule = entete.cellules().get(i).strip();
            if (cellule.isEmpty()) {
                noms.add(null);
                continue;
            }
            Optional<String> nom = colonnes.reconnaitre(cellule);
            if (nom.isEmpty()) {
                erreurs.add(new ChampErreur(CHAMP, "Colonne « %s » inconnue pour le type « %s » (colonne %d). "
                        .formatted(abreger(cellule), colonnes.type().libelle(), i + 1)
                        + "Le modèle (GET /api/imports/modele?type=%s) donne les colonnes admises."
                                .formatted(colonnes.type().name())));
            } else if (vues.containsKey(nom.get())) {
                erreurs.add(new ChampErreur(CHAMP, "Colonne « %s » en double (colonnes %d et %d)."
                        .formatted(nom.get(), vues.get(nom.get()) + 1, i + 1)));
            } else {
                vues.put(nom.get(), i);
            }
            noms.add(nom.orElse(null));
        }
        if (vues.isEmpty()) {
            throw refus("La première ligne du fichier doit être l'en-tête des colonnes (referenceExterne;objet;...) : "
                    + "aucune colonne connue n'y figure. Partez du modèle (GET /api/imports/modele?type=%s)."
                            .formatted(colonnes.type().name()));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return noms;
    }

    /** More than {@code lignesMax} requests under the header ({@code compte}: how many, as far as the reader knows). */
    static DonneesInvalidesException tropDeLignes(String compte, int lignesMax) {
        return refus("Le fichier compte %s demandes ; un import en accepte au plus %s : découpez-le."
                .formatted(compte, Libelles.nombre(lignesMax)));
    }

    static DonneesInvalidesException celluleTropLongue(int ligne, int colonne) {
        return refus("Ligne %d, colonne %d : une cellule de plus de %s caractères n'est pas une demande."
                .formatted(ligne, colonne, Libelles.nombre(LONGUEUR_MAX_CELLULE)));
    }

    static DonneesInvalidesException tropDeColonnes(int ligne) {
        return refus("Ligne %d : plus de %d colonnes ; un import n'en lit pas davantage.".formatted(ligne, COLONNES_MAX));
    }

    private static List<Enregistrement> xlsx(String nom, byte[] contenu, int lignesMax) {
        try {
            return LectureXlsx.lire(contenu, lignesMax);
        } catch (DonneesInvalidesException refus) {
            throw refus;
        } catch (Exception illisible) {
            if (bombe(illisible)) {
                throw refus(("« %s » se décompresse en un volume démesuré (une partie de plus de %d Mo, ou plus de %d "
                        + "fois sa taille compressée) : ce n'est pas un tableau de demandes. Enregistrez-le à nouveau "
                        + "depuis Excel, ou en CSV UTF-8.").formatted(nom, LectureXlsx.TAILLE_MAX_PARTIE >> 20,
                                Math.round(1 / LectureXlsx.TAUX_COMPRESSION_MIN)));
            }
            // POI reports a damaged, encrypted or non-Excel ZIP with assorted exceptions
            throw refus("« %s » n'est pas un classeur Excel .xlsx lisible.".formatted(nom));
        }
    }

    /** POI's zip-bomb guard tripped: it says so only in its message ("Zip bomb detected!"), somewhere in the causes. */
    private static boolean bombe(Throwable erreur) {
        for (Throwable cause = erreur; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8 text without NUL characters; anything else is not a CSV this import reads. */
    private static String texte(String nom, byte[] contenu) {
        try {
            String texte = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(contenu)).toString();
            if (texte.indexOf('\u0000') >= 0) {
                throw refus(pasUnTableau(nom));
            }
            return texte;
        } catch (CharacterCodingException e) {
            throw refus(pasUnTableau(nom));
        }
    }

    private static String pasUnTableau(String nom) {
        return "« %s » n'est ni un fichier CSV en UTF-8 ni un classeur Excel .xlsx. Dans Excel : « Enregistrer sous » "
                .formatted(nom) + "CSV UTF-8 (délimité par des virgules) ou Classeur Excel (.xlsx).";
    }

    private static boolean commencePar(byte[] contenu, byte[] debut) {
        if (contenu.length < debut.length) {
            return false;
        }
        for (int i = 0; i < debut.length; i++) {
            if (contenu[i] != debut[i]) {
                return false;
            }
        }
        return true;
    }

    static String abreger(String valeur) {
        return valeur.length() > 60 ? valeur.substring(0, 60) + "…" : valeur;
    }

    private static DonneesInvalidesException refus(String message) {
        return new DonneesInvalidesException(CHAMP, message);
    }
}
