package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The dossier list as CSV and XLSX: French headers and labels, « — » for a missing value, its size limit. */
class ExportDossiersTest {

    private static final DossierResume NOTIFIE = new DossierResume(1L, "LIE-CSEF-2024-0001", "LIE",
            AvisType.CISP_AGREMENT, Statut.NOTIFIE, new DossierView.DemandeurView("CISP « Le Tremplin »; asbl",
            CategorieDemandeur.values()[0], null, null, null), "=HYPERLINK(\"x\")", LocalDate.of(2024, 3, 12),
            LocalDate.of(2024, 5, 28), Decision.FAVORABLE);
    private static final DossierResume RECU = new DossierResume(2L, "HUY-CSEF-2024-0002", "HUY", AvisType.APRC,
            Statut.RECU, new DossierView.DemandeurView("Forem", CategorieDemandeur.values()[0], null, null, null),
            "Demande", LocalDate.of(2024, 4, 1), null, null);

    @Test
    void the_csv_has_french_headers_labels_and_dates_a_dash_for_nothing_and_no_formula() {
        String csv = new String(ExportDossiers.csv(List.of(NOTIFIE, RECU)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFRéférence;Bassin;Type d'avis;Demandeur;Objet;Statut;Reçu le;Échéance;"
                + "Décision\r\n");
        assertThat(csv.split("\r\n")[1]).isEqualTo("LIE-CSEF-2024-0001;LIE;" + AvisType.CISP_AGREMENT.libelle()
                + ";\"CISP « Le Tremplin »; asbl\";\"'=HYPERLINK(\"\"x\"\")\";" + Statut.NOTIFIE.libelle()
                + ";12/03/2024;28/05/2024;" + Decision.FAVORABLE.libelle());
        assertThat(csv.split("\r\n")[2]).endsWith(";01/04/2024;—;—");
    }

    @Test
    void the_xlsx_has_the_same_columns_with_real_dates() throws IOException {
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(ExportDossiers.xlsx(
                List.of(NOTIFIE, RECU))))) {
            Sheet feuille = classeur.getSheet("Dossiers");
            Row entete = feuille.getRow(0);
            assertThat(entete.getCell(0).getStringCellValue()).isEqualTo("Référence");
            assertThat(entete.getCell(8).getStringCellValue()).isEqualTo("Décision");
            assertThat(feuille.getRow(1).getCell(2).getStringCellValue()).isEqualTo(AvisType.CISP_AGREMENT.libelle());
            assertThat(feuille.getRow(1).getCell(4).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(feuille.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 12));
            assertThat(feuille.getRow(2).getCell(7).getStringCellValue()).isEqualTo("—");
            assertThat(feuille.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void an_export_holds_up_to_its_limit_and_refuses_one_more() {
        assertThatCode(() -> ExportDossiers.verifierTaille(ExportDossiers.LIGNES_MAX)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ExportDossiers.verifierTaille(ExportDossiers.LIGNES_MAX + 1))
                .isInstanceOf(DonneesInvalidesException.class)
                .satisfies(e -> assertThat(((DonneesInvalidesException) e).getErreurs().get(0).message())
                        .startsWith("L'export compte plus de 5\u202F000 dossiers"));
    }
}
