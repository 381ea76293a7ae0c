package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.ChampDonnees;
import be.ibefe.avis.dossier.SchemasDonnees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of an import file of one avis type. Each column is named after the JSON path of the field it fills in
 * {@code POST /api/dossiers}, the path errors are reported on: {@code objet}, {@code demandeur.nom},
 * {@code donnees.montant}, {@code donnees.entreprise.pme}; the rows of a list of objects are numbered from 0
 * ({@code donnees.filieres[0].heures}, {@code donnees.filieres[1].heures}). A list of codes or of texts fits in one
 * cell, its elements separated by {@value #SEPARATEUR_LISTE}.
 */
final class ColonnesImport {

    static final String SEPARATEUR_LISTE = "|";
    static final String REFERENCE_EXTERNE = "referenceExterne";
    /** The applicant's postal address, one column a part ({@code demandeur.adresse.codePostal}). */
    static final String ADRESSE = "demandeur.adresse.";

    /** The fields every request has, outside {@code donnees}. */
    static final List<String> COMMUNES = List.of(REFERENCE_EXTERNE, "objet", "dateReception", "echeance",
            "demandeur.nom", "demandeur.categorie", "demandeur.bce", "demandeur.email", ADRESSE + "rue",
            ADRESSE + "codePostal", ADRESSE + "localite");

    /** Rows of each list of objects in the template; a file may use more, up to the list's maximum. */
    private static final int LIGNES_DANS_LE_MODELE = 2;

    private static final Pattern LIGNE_DE_LISTE = Pattern.compile("(donnees\\.[A-Za-z]+)\\[(\\d{1,4})]\\.([A-Za-z]+)");

    private final AvisType type;

    ColonnesImport(AvisType type) {
        this.type = type;
    }

    AvisType type() {
        return type;
    }

    /** The header of the template: the common fields, then each field of the type's donnees. */
    List<String> modele() {
        List<String> colonnes = new ArrayList<>(COMMUNES);
        for (ChampDonnees champ : SchemasDonnees.champs(type)) {
            String chemin = "donnees." + champ.nom();
            if (champ instanceof ChampDonnees.Objet objet) {
                objet.champs().forEach(c -> colonnes.add(chemin + "." + c.nom()));
            } else if (champ instanceof ChampDonnees.Liste liste) {
                for (int i = 0; i < Math.min(LIGNES_DANS_LE_MODELE, liste.maxElements()); i++) {
                    int ligne = i;
                    liste.champs().forEach(c -> colonnes.add(chemin + "[" + ligne + "]." + c.nom()));
                }
            } else {
                colonnes.add(chemin);
            }
        }
        return colonnes;
    }

    /**
     * The column's canonical name, whatever its case and surrounding spaces; empty when the type has no such field
     * (or a list row beyond the list's maximum).
     */
    Optional<String> reconnaitre(String entete) {
        String nom = entete.strip();
        for (String colonne : COMMUNES) {
            if (colonne.equalsIgnoreCase(nom)) {
                return Optional.of(colonne);
            }
        }
        Matcher ligne = LIGNE_DE_LISTE.matcher(nom);
        for (ChampDonnees champ : SchemasDonnees.champs(type)) {
            String chemin = "donnees." + champ.nom();
            if (champ instanceof ChampDonnees.Objet objet) {
                for (ChampDonnees sousChamp : objet.champs()) {
                    if ((chemin + "." + sousChamp.nom()).equalsIgnoreCase(nom)) {
                        return Optional.of(chemin + "." + sousChamp.nom());
                    }
                }
            } else if (champ instanceof ChampDonnees.Liste liste) {
                if (ligne.matches() && ligne.group(1).equalsIgnoreCase(chemin)) {
                    int index = Integer.parseInt(ligne.group(2));
                    Optional<ChampDonnees> sousChamp = liste.champs().stream()
                            .filter(c -> c.nom().equalsIgnoreCase(ligne.group(3))).findFirst();
                    if (sousChamp.isPresent() && index < liste.maxElements()) {
                        return Optional.of(chemin + "[" + index + "]." + sousChamp.get().nom());
                    }
                }
            } else if (chemin.equalsIgnoreCase(nom)) {
                return Optional.of(chemin);
            }
        }
        return Optional.empty();
    }
}
