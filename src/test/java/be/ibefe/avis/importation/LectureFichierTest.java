package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LectureFichierTest {

    private static final ColonnesImport EQUIPEMENT = new ColonnesImport(AvisType.EQUIPEMENT);

    @Test
    void csv_rows_are_keyed_by_the_canonical_column_names_whatever_their_case() {
        FichierImport fichier = lire(" ReferenceExterne ;OBJET;\nFE-1; Tour ;\n");

        assertThat(fichier.format()).isEqualTo(FichierImport.Format.CSV);
        assertThat(fichier.colonnes()).containsExactly("referenceExterne", "objet");
        assertThat(fichier.lignes()).containsExactly(
                new FichierImport.Ligne(2, Map.of("referenceExterne", "FE-1", "objet", "Tour")));
    }

    @Test
    void an_unknown_column_is_refused_with_its_name_and_where_to_find_the_template() {
        assertThat(erreurs(() -> lire("referenceExterne;objet;donnees.filieres[0].heures;montant\nFE-1;Tour;;\n")))
                .extracting(ChampErreur::message).containsExactly(
                        "Colonne « donnees.filieres[0].heures » inconnue pour le type « Fonds d'équipement » (colonne 3)."
                                + " Le modèle (GET /api/imports/modele?type=EQUIPEMENT) donne les colonnes admises.",
                        "Colonne « montant » inconnue pour le type « Fonds d'équipement » (colonne 4). Le modèle"
                                + " (GET /api/imports/modele?type=EQUIPEMENT) donne les colonnes admises.");
    }

    @Test
    void a_column_given_twice_is_refused() {
        assertThat(erreurs(() -> lire("objet;referenceExterne;Objet\nA;B;C\n"))).extracting(ChampErreur::message)
                .containsExactly("Colonne « objet » en double (colonnes 1 et 3).");
    }

    @Test
    void a_first_row_without_any_known_column_is_no_header() {
        assertThat(erreurs(() -> lire("FE-1;Tour CNC;2024-03-01\nFE-2;Fraiseuse;2024-03-02\n")).get(0).message())
                .startsWith("La première ligne du fichier doit être l'en-tête des colonnes");
    }

    @Test
    void empty_files_and_headers_without_rows_are_refused() {
        assertThat(erreurs(() -> LectureFichier.lire("vide.csv", new byte[0], EQUIPEMENT, 10)).get(0).message())
                .isEqualTo("Le fichier « vide.csv » est vide.");
        assertThat(erreurs(() -> lire("\n;;\n")).get(0).message()).isEqualTo("Le fichier « f.csv » ne contient aucune ligne.");
        assertThat(erreurs(() -> lire("referenceExterne;objet\n")).get(0).message())
                .isEqualTo("Le fichier « f.csv » n'a aucune demande sous son en-tête.");
    }

    @Test
    void more_rows_than_the_limit_are_refused() {
        String csv = "referenceExterne;objet\n" + "R;O\n".repeat(11);

        assertThat(erreurs(() -> lire(csv)).get(0).message())
                .isEqualTo("Le fichier compte 11 demandes ; un import en accepte au plus 10 : découpez-le.");
    }

    @Test
    void a_value_outside_the_header_columns_is_refused_with_its_line() {
        assertThat(erreurs(() -> lire("referenceExterne;objet\nFE-1;Tour;;\nFE-2;Tour;perdu\n")))
                .extracting(ChampErreur::message)
                .containsExactly("Ligne 3 : la valeur « perdu » (colonne 3) n'a pas d'en-tête.");
    }

    @Test
    void binary_files_and_old_excel_workbooks_are_neither_csv_nor_xlsx() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, (byte) 0xFF};
        assertThat(erreurs(() -> LectureFichier.lire("photo.png", png, EQUIPEMENT, 10)).get(0).message())
                .startsWith("« photo.png » n'est ni un fichier CSV en UTF-8 ni un classeur Excel .xlsx.");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(erreurs(() -> LectureFichier.lire("ancien.xls", xls, EQUIPEMENT, 10)).get(0).message())
                .isEqualTo("« ancien.xls » est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV UTF-8.");
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThat(erreurs(() -> LectureFichier.lire("archive.xlsx", zip, EQUIPEMENT, 10)).get(0).message())
                .isEqualTo("« archive.xlsx » n'est pas un classeur Excel .xlsx lisible.");
    }

    @Test
    void xlsx_cells_read_as_a_person_would_type_them_in_a_csv() throws IOException {
        byte[] classeur;
        try (XSSFWorkbook xlsx = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            XSSFSheet feuille = xlsx.createSheet("Demandes");
            Row entete = feuille.createRow(0);
            String[] colonnes = {"referenceExterne", "dateReception", "donnees.montant", "objet", "echeance"};
            for (int i = 0; i < colonnes.length; i++) {
                entete.createCell(i).setCellValue(colonnes[i]);
            }
            CellStyle date = xlsx.createCellStyle();
            date.setDataFormat(xlsx.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row ligne = feuille.createRow(3);
            ligne.createCell(0).setCellValue("FE-7");
            ligne.createCell(1).setCellValue(LocalDate.of(2024, 3, 26));
            ligne.getCell(1).setCellStyle(date);
            ligne.createCell(2).setCellValue(12500.5);
            ligne.createCell(3).setCellFormula("\"Tour \"&\"CNC\"");
            ligne.createCell(4).setCellValue(45000);
            xlsx.getCreationHelper().createFormulaEvaluator().evaluateAll();
            xlsx.write(sortie);
            classeur = sortie.toByteArray();
        }

        FichierImport fichier = LectureFichier.lire("demandes.xlsx", classeur, EQUIPEMENT, 10);

        assertThat(fichier.format()).isEqualTo(FichierImport.Format.XLSX);
        assertThat(fichier.lignes()).containsExactly(new FichierImport.Ligne(4, Map.of("referenceExterne", "FE-7",
                "dateReception", "2024-03-26", "donnees.montant", "12500.5", "objet", "Tour CNC",
                "echeance", "45000")));
    }

    @Test
    void a_workbook_of_600_000_rows_is_refused_once_the_limit_is_passed_without_reading_the_rest() {
        byte[] classeur = ClasseursHostiles.lignes(600_000);

        assertThat(erreurs(() -> LectureFichier.lire("enorme.xlsx", classeur, EQUIPEMENT, 10)))
                .extracting(ChampErreur::message)
                .containsExactly("Le fichier compte plus de 10 demandes ; un import en accepte au plus 10 : découpez-le.");
    }

    @Test
    void a_workbook_that_inflates_like_a_zip_bomb_is_refused_naming_the_file() {
        byte[] bombe = ClasseursHostiles.bombe(64L * 1024 * 1024);

        assertThat(erreurs(() -> LectureFichier.lire("bombe.xlsx", bombe, EQUIPEMENT, 10)).get(0).message())
                .startsWith("« bombe.xlsx » se décompresse en un volume démesuré");
    }

    @Test
    void cells_too_long_and_rows_too_wide_are_refused_with_their_line_in_csv_and_xlsx() {
        String longue = "x".repeat(LectureFichier.LONGUEUR_MAX_CELLULE + 1);
        String attendue = "Ligne 2, colonne 2 : une cellule de plus de 32\u202F767 caractères n'est pas une demande.";
        assertThat(erreurs(() -> lire("referenceExterne;objet\nR;" + longue + "\n")))
                .extracting(ChampErreur::message).containsExactly(attendue);
        assertThat(erreurs(() -> LectureFichier.lire("long.xlsx", ClasseursHostiles.rangees(
                ClasseursHostiles.rangee(2, "R", longue)), EQUIPEMENT, 10)))
                .extracting(ChampErreur::message).containsExactly(attendue);
        assertThat(erreurs(() -> lire("referenceExterne;objet\nR;O" + ";".repeat(5000) + "\n")))
                .extracting(ChampErreur::message)
                .containsExactly("Ligne 2 : plus de 1000 colonnes ; un import n'en lit pas davantage.");
        assertThat(erreurs(() -> LectureFichier.lire("large.xlsx", ClasseursHostiles.rangees(
                "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>loin</t></is></c></row>"), EQUIPEMENT, 10)))
                .extracting(ChampErreur::message)
                .containsExactly("Ligne 2 : plus de 1000 colonnes ; un import n'en lit pas davantage.");
    }

    @Test
    void a_nul_escape_and_unreadable_numbers_of_a_workbook_are_read_as_written_for_the_rows_checks() {
        byte[] classeur = ClasseursHostiles.rangees(
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>FE_x0000_1</t></is></c>"
                        + "<c r=\"B2\"><v>douze</v></c></row>",
                "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>FE-2</t></is></c><c r=\"B3\"><v>1e400</v></c></row>");

        FichierImport fichier = LectureFichier.lire("drole.xlsx", classeur, EQUIPEMENT, 10);

        assertThat(fichier.lignes()).containsExactly(
                new FichierImport.Ligne(2, Map.of("referenceExterne", "FE\u00001", "objet", "douze")),
                new FichierImport.Ligne(3, Map.of("referenceExterne", "FE-2", "objet", "1e400")));
    }

    private static FichierImport lire(String csv) {
        return LectureFichier.lire("f.csv", csv.getBytes(StandardCharsets.UTF_8), EQUIPEMENT, 10);
    }

    private static List<ChampErreur> erreurs(ThrowingLecture lecture) {
        Throwable refus = catchThrowable(lecture::lire);
        assertThat(refus).as("le fichier devait être refusé").isInstanceOf(DonneesInvalidesException.class);
        List<ChampErreur> erreurs = ((DonneesInvalidesException) refus).getErreurs();
        assertThat(erreurs).extracting(ChampErreur::champ).containsOnly("fichier");
        return erreurs;
    }

    private interface ThrowingLecture {
        FichierImport lire();
    }
}
