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

    static final String TITRE_POLES = "Pôles de synergies et groupes de travail";
    static final List<String> ENTETES_REUNIONS = List.of("Date", "Webinaire", "Membres présents",
            "Décisions par consensus");
    static final List<String> ENTETES_INDICATEURS = List.of("Fiche projet", "Statut", "Indicateur", "Nature",
            "Cible", "Réel");

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
        if (!chapitre.poles().isEmpty()) {
            md.append("\n## ").append(TITRE_POLES).append("\n\n");
            chapitre.poles().forEach(b -> poles(md, b, chapitre.poles().size() > 1));
        }
        return md.toString();
    }

    /** A bassin's pôles: each one's identity and members, then its meetings of the year and its fiches projets. */
    private static void poles(StringBuilder md, ChapitreActivite.PolesBassin bassin, boolean regional) {
        if (regional) {
            md.append("### ").append(bassin.bassin()).append("\n\n");
        }
        if (bassin.aucun() != null) {
            md.append(bassin.aucun()).append("\n\n");
            return;
        }
        for (PolesDeLAnnee.PoleDeLAnnee pole : bassin.poles()) {
            md.append(regional ? "#### " : "### ").append(pole.nom()).append("\n\n");
            md.append(pole.nature()).append(" — ").append(pole.statut()).append(" — terme : ")
                    .append(pole.terme()).append(".\n\n");
            md.append("Membres : ").append(String.join(" ; ", pole.membres().stream()
                    .map(m -> m.categorie() + " : " + m.nombre()).toList())).append(".\n\n");
            if (pole.reunions().isEmpty()) {
                md.append("Aucune réunion tenue dans l'année.\n\n");
            } else {
                md.append("Réunions tenues : ").append(pole.reunions().size()).append(".\n\n");
                tableau(md, ENTETES_REUNIONS, true, pole.reunions().stream().map(RapportMarkdown::reunion).toList());
                md.append('\n');
            }
            if (pole.fiches().isEmpty()) {
                md.append("Aucune fiche projet enregistrée.\n\n");
            } else {
                tableau(md, ENTETES_INDICATEURS, false, indicateurs(pole));
                md.append('\n');
            }
        }
    }

    static List<String> reunion(PolesDeLAnnee.ReunionTenue r) {
        return List.of(r.dateEnLettres(), r.webinaire() ? "oui" : "non",
                String.valueOf(r.presents()), String.valueOf(r.decisions()));
    }

    /** One line per indicator of each fiche; a fiche without indicators, one line with « — ». */
    static List<List<String>> indicateurs(PolesDeLAnnee.PoleDeLAnnee pole) {
        List<List<String>> lignes = new ArrayList<>();
        for (PolesDeLAnnee.FicheDuPole fiche : pole.fiches()) {
            if (fiche.indicateurs().isEmpty()) {
                lignes.add(List.of(fiche.titre(), fiche.statut(), "—", "—", "—", "—"));
            }
            fiche.indicateurs().forEach(i -> lignes.add(List.of(fiche.titre(), fiche.statut(), i.libelle(),
                    i.nature(), i.cible(), i.reel())));
        }
        return lignes;
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
