package be.ibefe.avis.dossier;

import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The filtered dossier list as a file, CSV (semicolons and a byte order mark, as a French spreadsheet opens it) or
 * XLSX, with French headers and labels; at most {@value #LIGNES_MAX} dossiers (README, « Interface web »). A text that
 * a spreadsheet would run as a formula is written with a leading apostrophe.
 */
final class ExportDossiers {

    static final int LIGNES_MAX = 5_000;

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A column: its French header and how a dossier fills it (a date stays a date in XLSX). */
    private record Colonne(String titre, Function<DossierResume, Object> valeur) {
    }

    private static final List<Colonne> COLONNES = List.of(
            new Colonne("Référence", DossierResume::reference),
            new Colonne("Bassin", DossierResume::bassin),
            new Colonne("Type d'avis", d -> d.type().libelle()),
            new Colonne("Demandeur", d -> d.demandeur().nom()),
            new Colonne("Objet", DossierResume::objet),
            new Colonne("Statut", d -> d.statut().libelle()),
            new Colonne("Reçu le", DossierResume::dateReception),
            new Colonne("Échéance", DossierResume::echeance),
            new Colonne("Décision", d -> d.decision() == null ? null : d.decision().libelle()));

    private ExportDossiers() {
    }

    /** The two kinds of file, as {@code format=} names them. */
    enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String type;

        Format(String extension, String type) {
            this.extension = extension;
            this.type = type;
        }

        String extension() {
            return extension;
        }

        String type() {
            return type;
        }

        byte[] ecrire(List<DossierResume> dossiers) {
            return this == CSV ? csv(dossiers) : xlsx(dossiers);
        }
    }

    /** Refuses, before anything is written, a list longer than the export holds. */
    static void verifierTaille(long lignes) {
        if (lignes > LIGNES_MAX) {
            throw new DonneesInvalidesException("export", ("L'export compte plus de %s dossiers : affinez les filtres "
                    + "(type, statut, année, bassin, texte) pour en exporter au plus %1$s.")
                    .formatted(Libelles.nombre(LIGNES_MAX)));
        }
    }

    static byte[] csv(List<DossierResume> dossiers) {
        StringBuilder texte = new StringBuilder("\uFEFF");
        texte.append(COLONNES.stream().map(Colonne::titre).map(ExportDossiers::champCsv)
                .collect(Collectors.joining(";"))).append("\r\n");
        for (DossierResume dossier : dossiers) {
            texte.append(COLONNES.stream().map(c -> champCsv(texte(c.valeur().apply(dossier))))
                    .collect(Collectors.joining(";"))).append("\r\n");
        }
        return texte.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<DossierResume> dossiers) {
        try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Sheet feuille = classeur.createSheet("Dossiers");
            CellStyle titre = classeur.createCellStyle();
            Font gras = classeur.createFont();
            gras.setBold(true);
            titre.setFont(gras);
            CellStyle jour = classeur.createCellStyle();
            jour.setDataFormat(classeur.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row entete = feuille.createRow(0);
            for (int i = 0; i < COLONNES.size(); i++) {
                Cell cellule = entete.createCell(i);
                cellule.setCellValue(COLONNES.get(i).titre());
                cellule.setCellStyle(titre);
            }
            for (int r = 0; r < dossiers.size(); r++) {
                Row ligne = feuille.createRow(r + 1);
                for (int i = 0; i < COLONNES.size(); i++) {
                    Object valeur = COLONNES.get(i).valeur().apply(dossiers.get(r));
                    Cell cellule = ligne.createCell(i);
                    if (valeur instanceof LocalDate date) {
                        cellule.setCellValue(date);
                        cellule.setCellStyle(jour);
                    } else {
                        cellule.setCellValue(sansFormule(texte(valeur)));
                    }
                }
            }
            feuille.createFreezePane(0, 1);
            classeur.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** « — » for a missing value; a date in French. */
    private static String texte(Object valeur) {
        if (valeur == null) {
            return "—";
        }
        return valeur instanceof LocalDate date ? JOUR.format(date) : valeur.toString();
    }

    private static String sansFormule(String texte) {
        return !texte.isEmpty() && "=+-@\t\r".indexOf(texte.charAt(0)) >= 0 ? "'" + texte : texte;
    }

    private static String champCsv(String texte) {
        String sur = sansFormule(texte);
        return sur.contains(";") || sur.contains("\"") || sur.contains("\n") || sur.contains("\r")
                ? "\"" + sur.replace("\"", "\"\"") + "\"" : sur;
    }
}
