package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LectureCsvTest {

    @Test
    void semicolons_are_the_separator_when_the_header_uses_them_more_than_commas() {
        List<Enregistrement> lignes = lire("objet;donnees.montant\nTour CNC;12500,50\n");

        assertThat(lignes).extracting(Enregistrement::cellules)
                .containsExactly(List.of("objet", "donnees.montant"), List.of("Tour CNC", "12500,50"));
    }

    @Test
    void commas_are_the_separator_when_the_header_uses_only_commas() {
        List<Enregistrement> lignes = lire("objet,donnees.ecole\r\n\"Tour; fraiseuse\",Athénée\r\n");

        assertThat(lignes.get(1).cellules()).containsExactly("Tour; fraiseuse", "Athénée");
    }

    @Test
    void a_quoted_cell_keeps_its_separators_doubled_quotes_and_line_breaks() {
        List<Enregistrement> lignes = lire(
                "objet;donnees.equipement\n\"Poste « A »; lot 2\";\"Un \"\"tour\"\" 3 axes\navec commande\"\n");

        assertThat(lignes.get(1).cellules())
                .containsExactly("Poste « A »; lot 2", "Un \"tour\" 3 axes\navec commande");
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column() {
        List<Enregistrement> lignes = lire("\uFEFFreferenceExterne;objet\nFE-1;Tour\n");

        assertThat(lignes.get(0).cellules().get(0)).isEqualTo("referenceExterne");
    }

    @Test
    void empty_lines_are_left_out_but_still_counted_in_line_numbers() {
        List<Enregistrement> lignes = lire("a;b\n\n;\nx;\"multi\nligne\"\n\ny;z");

        assertThat(lignes).extracting(Enregistrement::ligne).containsExactly(1, 4, 7);
        assertThat(lignes.get(2).cellules()).containsExactly("y", "z");
    }

    @Test
    void old_mac_line_ends_separate_rows_too() {
        assertThat(lire("a;b\rc;d\r")).extracting(Enregistrement::ligne).containsExactly(1, 2);
    }

    @Test
    void a_quote_never_closed_is_refused_with_the_line_where_its_row_starts() {
        assertThatThrownBy(() -> lire("a;b\nx;y\n\"ouvert;z\n"))
                .isInstanceOf(DonneesInvalidesException.class)
                .extracting(e -> ((DonneesInvalidesException) e).getErreurs().get(0).message())
                .isEqualTo("Ligne 3 : un guillemet ouvert n'est jamais fermé.");
    }

    @Test
    void text_after_a_closing_quote_and_a_quote_inside_a_cell_are_kept_as_written() {
        List<Enregistrement> lignes = lire("a;b\n\"Tour\" CNC;Pouce 2\"\n");

        assertThat(lignes.get(1).cellules()).containsExactly("Tour CNC", "Pouce 2\"");
    }

    @Test
    void a_quote_left_open_after_a_cell_on_two_lines_names_the_line_where_its_own_row_starts() {
        assertThatThrownBy(() -> lire("a;b\r\nx;\"deux\r\nlignes\"\r\n\r\n\"ouvert;z\r\n"))
                .isInstanceOf(DonneesInvalidesException.class)
                .extracting(e -> ((DonneesInvalidesException) e).getErreurs().get(0).message())
                .isEqualTo("Ligne 5 : un guillemet ouvert n'est jamais fermé.");
    }

    @Test
    void a_cell_of_the_maximum_length_and_a_row_of_the_maximum_width_are_read() {
        String longue = "x".repeat(LectureFichier.LONGUEUR_MAX_CELLULE);
        String large = "c;".repeat(LectureFichier.COLONNES_MAX - 1) + "c";

        assertThat(lire("a;b\nR;" + longue + "\n").get(1).cellules().get(1)).hasSize(LectureFichier.LONGUEUR_MAX_CELLULE);
        assertThat(lire(large + "\n").get(0).cellules()).hasSize(LectureFichier.COLONNES_MAX);
        assertThatThrownBy(() -> lire(large + ";c\n")).isInstanceOf(DonneesInvalidesException.class);
    }

    @Test
    void rows_beyond_the_limit_are_counted_for_the_message_but_not_kept() {
        assertThatThrownBy(() -> LectureCsv.lire("a;b\n1;2\n3;4\n\n5;6\n", 2))
                .isInstanceOf(DonneesInvalidesException.class)
                .extracting(e -> ((DonneesInvalidesException) e).getErreurs().get(0).message())
                .isEqualTo("Le fichier compte 3 demandes ; un import en accepte au plus 2 : découpez-le.");
        assertThat(LectureCsv.lire("a;b\n1;2\n\n3;4\n", 2)).hasSize(3);
    }

    private static List<Enregistrement> lire(String texte) {
        return LectureCsv.lire(texte, 100);
    }
}
