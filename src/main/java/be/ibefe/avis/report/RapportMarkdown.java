package be.ibefe.avis.report;

import be.ibefe.avis.report.ChapitreActivite.Ligne;
import be.ibefe.avis.report.ChapitreActivite.SeancesChambre;
import be.ibefe.avis.report.ChapitreActivite.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The chapter as Markdown, to paste into the yearly report. */
final class RapportMarkdown {

    static final List<String> ENTETES_THEMATIQUES = List.of("Bassin", "Métiers prioritaires validés",
            "Offre à créer", "Offre à maintenir", "Offre à adapter");

    private RapportMarkdown() {
    }

    static String ecrire(ChapitreActivite chapitre) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(chapitre.titre()).append("\n\n");
        md.append(chapitre.introduction()).append("\n\n");
        for (Section section : chapitre.sections()) {
            md.append("## ").append(section.titre()).append("\n\n");
            md.append(section.texte()).append("\n\n");
        }
        md.append("## ").append(chapitre.libelles().get("tableau.titre")).append("\n\n");
        tableau(md, chapitre.tableau().entetes(), true, lignes(chapitre));
        md.append("\n").append(chapitre.regles()).append("\n\n");
        md.append("## ").append(chapitre.libelles().get("seances.titre")).append("\n\n");
        if (chapitre.aucuneSeance() != null) {
            md.append(chapitre.aucuneSeance()).append("\n");
        } else {
            List<List<String>> seances = chapitre.seances().stream()
                    .map(s -> List.of(s.chambre(), String.valueOf(s.dates().size()), s.enLettres()))
                    .toList();
            tableau(md, List.of(chapitre.libelles().get("colonne.chambre"),
                    chapitre.libelles().get("colonne.nombreSeances"), chapitre.libelles().get("colonne.dates")),
                    false, seances);
        }
        if (!chapitre.thematiques().isEmpty()) {
            md.append("\n## Thématiques communes\n\n");
            chapitre.thematiques().forEach(t -> md.append(chapitre.thematiques().size() > 1 ? "**" + t.bassin()
                    + "** : " : "").append(t.texte()).append("\n\n"));
            tableau(md, ENTETES_THEMATIQUES, true, chapitre.thematiques().stream().map(t -> List.of(t.bassin(),
                    String.valueOf(t.metiers()), String.valueOf(t.creer()), String.valueOf(t.maintenir()),
                    String.valueOf(t.adapter()))).toList());
        }
        return md.toString();
    }

    private static List<List<String>> lignes(ChapitreActivite chapitre) {
        List<List<String>> lignes = new ArrayList<>();
        chapitre.tableau().lignes().forEach(ligne -> lignes.add(cellules(ligne, "")));
        lignes.add(cellules(chapitre.tableau().total(), "**"));
        return lignes;
    }

    private static List<String> cellules(Ligne ligne, String gras) {
        List<String> cellules = new ArrayList<>(List.of(gras + ligne.libelle() + gras));
        ligne.valeurs().forEach(valeur -> cellules.add(gras + valeur + gras));
        return cellules;
    }

    /** A table; {@code nombres}: every column but the first holds numbers, aligned right. */
    private static void tableau(StringBuilder md, List<String> entetes, boolean nombres, List<List<String>> lignes) {
        ligne(md, entetes);
        List<String> alignements = new ArrayList<>(List.of("---"));
        alignements.addAll(Collections.nCopies(entetes.size() - 1, nombres ? "---:" : "---"));
        ligne(md, alignements);
        lignes.forEach(ligne -> ligne(md, ligne));
    }

    private static void ligne(StringBuilder md, List<String> cellules) {
        md.append('|');
        cellules.forEach(cellule -> md.append(' ').append(cellule.replace("|", "\\|")).append(" |"));
        md.append('\n');
    }
}
