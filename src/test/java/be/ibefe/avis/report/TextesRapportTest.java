package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.bassin.AvisType;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TextesRapportTest {

    private static Properties defaut() {
        return TextesRapport.lire(new ClassPathResource("textes/rapport-activite.properties"));
    }

    @Test
    void a_coordinator_can_reword_one_type_and_rename_the_chambre() {
        Properties textes = defaut();
        textes.setProperty("chambre", "CEF");
        textes.setProperty("ALE_FORMATION.non-competents.plusieurs",
                "Pour les {nonCompetents} autres demandes, la {chambre} n'était pas compétente.");

        TextesRapport rapport = new TextesRapport(textes);

        assertThat(rapport.texte(AvisType.ALE_FORMATION, "non-competents.plusieurs", Map.of("nonCompetents", 2)))
                .isEqualTo("Pour les 2 autres demandes, la CEF n'était pas compétente.");
        assertThat(rapport.texte(AvisType.APRC, "non-competents.plusieurs", Map.of("nonCompetents", 2)))
                .isEqualTo("Pour 2 demandes, la CEF n'était pas compétente.");
    }

    @Test
    void a_missing_general_sentence_stops_the_start_with_its_key() {
        Properties textes = defaut();
        textes.remove("seances.aucune");

        assertThatThrownBy(() -> new TextesRapport(textes)).hasMessageContaining("seances.aucune");
    }

    /** The start-up check of the types' definitions names them with the type's other missing pieces. */
    @Test
    void a_missing_sentence_of_a_type_is_named_with_its_key() {
        Properties textes = defaut();
        textes.remove("EQUIPEMENT.recus.un");
        textes.remove("EQUIPEMENT.titre");

        TextesRapport rapport = new TextesRapport(textes);

        assertThat(rapport.manquants(AvisType.EQUIPEMENT)).containsExactly("EQUIPEMENT.titre", "EQUIPEMENT.recus.un");
        assertThat(rapport.manquants(AvisType.APRC)).isEmpty();
    }

    @Test
    void an_unknown_value_in_a_sentence_stops_the_start() {
        Properties textes = defaut();
        textes.setProperty("APRC.recus.un", "La {chambre} a reçu {nombre} dossier.");

        assertThatThrownBy(() -> new TextesRapport(textes)).hasMessageContaining("APRC.recus.un")
                .hasMessageContaining("{nombre}");
    }
}
