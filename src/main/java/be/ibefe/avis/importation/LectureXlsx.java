package be.ibefe.avis.importation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) with Apache POI. Each cell becomes the text a person would type
 * in a CSV: a date cell its ISO date ({@code 2024-03-26}), a number its plain decimal writing ({@code 1250.5}, never
 * {@code 1.2505E3}), a boolean {@code true} or {@code false}, a formula its last computed value.
 */
final class LectureXlsx {

    private LectureXlsx() {
    }

    /** The rows of the first sheet, empty ones left out, numbered as Excel numbers them. */
    static List<Enregistrement> lire(byte[] contenu) throws IOException {
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(contenu))) {
            Sheet feuille = classeur.getSheetAt(0);
            List<Enregistrement> enregistrements = new ArrayList<>();
            for (Row rangee : feuille) {
                List<String> cellules = new ArrayList<>();
                for (int colonne = 0; colonne < Math.max(rangee.getLastCellNum(), 0); colonne++) {
                    cellules.add(texte(rangee.getCell(colonne)));
                }
                Enregistrement enregistrement = new Enregistrement(rangee.getRowNum() + 1, List.copyOf(cellules));
                if (!enregistrement.vide()) {
                    enregistrements.add(enregistrement);
                }
            }
            return enregistrements;
        }
    }

    private static String texte(Cell cellule) {
        if (cellule == null) {
            return "";
        }
        CellType type = cellule.getCellType() == CellType.FORMULA ? cellule.getCachedFormulaResultType()
                : cellule.getCellType();
        return switch (type) {
            case STRING -> cellule.getStringCellValue();
            case BOOLEAN -> String.valueOf(cellule.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cellule)
                    ? cellule.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cellule.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }
}
