package be.ibefe.avis.report;

import be.ibefe.avis.report.ChapitreActivite.Ligne;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The summary table as CSV for a spreadsheet. Belgian Excel (French or Dutch settings) uses the comma as decimal
 * separator and so expects {@code ;} between fields; the byte order mark makes it read the file as UTF-8 instead of
 * mangling the accents. Lines end with CRLF (RFC 4180).
 */
final class RapportCsv {

    private static final String BOM = "\uFEFF";
    private static final char SEPARATEUR = ';';

    private RapportCsv() {
    }

    static byte[] ecrire(ChapitreActivite chapitre) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> entetes = new ArrayList<>(List.of(chapitre.libelles().get("colonne.code")));
        entetes.addAll(chapitre.tableau().entetes());
        ligne(csv, entetes);
        chapitre.tableau().lignes().forEach(ligne -> ligne(csv, cellules(ligne)));
        ligne(csv, cellules(chapitre.tableau().total()));
        // the thématiques communes recorded in the year, as a second table after an empty line; none, no table
        List<ChapitreActivite.ThematiquesBassin> thematiques = chapitre.thematiques().stream()
                .filter(ChapitreActivite.ThematiquesBassin::enregistrees).toList();
        if (!thematiques.isEmpty()) {
            csv.append("\r\n");
            ligne(csv, RapportMarkdown.ENTETES_THEMATIQUES);
            thematiques.forEach(t -> ligne(csv, List.of(t.bassin(), String.valueOf(t.metiers()),
                    String.valueOf(t.creer()), String.valueOf(t.maintenir()), String.valueOf(t.adapter()))));
        }
        poles(csv, chapitre);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The pôles and working groups of the year: one line per meeting held (a pôle without any, one line with its
     * identity and « — »), then one line per indicator of its fiches projets; none, no table.
     */
    private static void poles(StringBuilder csv, ChapitreActivite chapitre) {
        List<ChapitreActivite.PolesBassin> poles = chapitre.poles().stream().filter(b -> !b.poles().isEmpty())
                .toList();
        if (poles.isEmpty()) {
            return;
        }
        csv.append("\r\n");
        List<String> entetesPoles = new ArrayList<>(List.of("Bassin", "Pôle ou groupe de travail", "Nature",
                "Statut", "Terme"));
        chapitre.poles().stream().flatMap(b -> b.poles().stream()).findFirst().ifPresent(p -> p.membres()
                .forEach(m -> entetesPoles.add("Membres : " + m.categorie())));
        entetesPoles.addAll(RapportMarkdown.ENTETES_REUNIONS.stream().map(e -> "Réunion : " + e).toList());
        ligne(csv, entetesPoles);
        poles.forEach(b -> b.poles().forEach(p -> {
            List<String> identite = new ArrayList<>(List.of(b.bassin(), p.nom(), p.nature(), p.statut(),
                    p.terme()));
            p.membres().forEach(m -> identite.add(String.valueOf(m.nombre())));
            if (p.reunions().isEmpty()) {
                List<String> sans = new ArrayList<>(identite);
                RapportMarkdown.ENTETES_REUNIONS.forEach(e -> sans.add("—"));
                ligne(csv, sans);
            }
            p.reunions().forEach(r -> {
                List<String> cellules = new ArrayList<>(identite);
                cellules.addAll(RapportMarkdown.reunion(r));
                ligne(csv, cellules);
            });
        }));
        csv.append("\r\n");
        List<String> enTeteFiches = new ArrayList<>(List.of("Bassin", "Pôle ou groupe de travail"));
        enTeteFiches.addAll(RapportMarkdown.ENTETES_INDICATEURS);
        ligne(csv, enTeteFiches);
        poles.forEach(b -> b.poles().forEach(p -> RapportMarkdown.indicateurs(p).forEach(i -> {
            List<String> cellules = new ArrayList<>(List.of(b.bassin(), p.nom()));
            cellules.addAll(i);
            ligne(csv, cellules);
        })));
    }

    private static List<String> cellules(Ligne ligne) {
        List<String> cellules = new ArrayList<>(List.of(Objects.toString(ligne.code(), ""), ligne.libelle()));
        ligne.valeurs().forEach(valeur -> cellules.add(valeur.toString()));
        return cellules;
    }

    private static void ligne(StringBuilder csv, List<String> cellules) {
        for (int i = 0; i < cellules.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATEUR);
            }
            csv.append(cellule(cellules.get(i)));
        }
        csv.append("\r\n");
    }

    private static String cellule(String texte) {
        if (texte.indexOf(SEPARATEUR) < 0 && texte.indexOf('"') < 0 && texte.indexOf('\n') < 0
                && texte.indexOf('\r') < 0) {
            return texte;
        }
        return '"' + texte.replace("\"", "\"\"") + '"';
    }
}
