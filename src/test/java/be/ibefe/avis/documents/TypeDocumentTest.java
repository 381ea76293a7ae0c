package be.ibefe.avis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Fichiers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File kinds are recognised by their content. */
class TypeDocumentTest {

    @Test
    void pdf_png_and_jpeg_are_recognised_by_their_magic_numbers() {
        assertThat(TypeDocument.reconnaitre(Fichiers.pdf(), "pdf")).hasValue(TypeDocument.PDF);
        assertThat(TypeDocument.reconnaitre(Fichiers.png(), "png")).hasValue(TypeDocument.PNG);
        assertThat(TypeDocument.reconnaitre(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "jpg"))
                .hasValue(TypeDocument.JPEG);
    }

    @Test
    void office_archives_are_told_apart_by_their_parts() {
        assertThat(TypeDocument.reconnaitre(Fichiers.ooxml("word/document.xml"), "docx")).hasValue(TypeDocument.DOCX);
        assertThat(TypeDocument.reconnaitre(Fichiers.ooxml("xl/workbook.xml"), "xlsx")).hasValue(TypeDocument.XLSX);
        assertThat(TypeDocument.reconnaitre(Fichiers.ooxml("ppt/presentation.xml"), "pptx")).hasValue(TypeDocument.PPTX);
        assertThat(TypeDocument.reconnaitre(Fichiers.odf("application/vnd.oasis.opendocument.text"), "odt"))
                .hasValue(TypeDocument.ODT);
    }

    @Test
    void a_plain_zip_an_executable_or_text_is_not_admitted() {
        assertThat(TypeDocument.reconnaitre(Fichiers.ooxml("setup/run.bat"), "zip")).isEmpty();
        assertThat(TypeDocument.reconnaitre(Fichiers.executable(), "pdf")).isEmpty();
        assertThat(TypeDocument.reconnaitre("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "pdf"))
                .isEmpty();
        assertThat(TypeDocument.reconnaitre(new byte[0], "pdf")).isEmpty();
    }

    @Test
    void a_file_name_is_reduced_to_its_last_segment_without_control_characters() {
        assertThat(DocumentService.nettoyer("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(DocumentService.nettoyer("C:\\\\Users\\\\x\\\\budget 2024.xlsx")).isEqualTo("budget 2024.xlsx");
        assertThat(DocumentService.nettoyer("..\u0000.pdf")).isEqualTo("pdf");
        assertThat(DocumentService.nettoyer("")).isEqualTo("document");
        assertThat(DocumentService.nettoyer("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
