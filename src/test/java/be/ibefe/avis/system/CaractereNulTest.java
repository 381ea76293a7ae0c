package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaractereNulTest {

    /** Bodies are often records nested in package-private controllers, like this one. */
    private record Demande(String nom, List<Ligne> lignes, Map<String, String> notes, Integer nombre) {
    }

    private record Ligne(String intitule) {
    }

    private final CaractereNul verification = new CaractereNul();

    @Test
    void every_field_holding_a_nul_character_is_named_with_its_path() {
        Demande demande = new Demande("a\u0000b", List.of(new Ligne("ok"), new Ligne("\u0000")),
                Map.of("cle\u0000", "valeur"), 3);

        assertThatThrownBy(() -> verification.afterBodyRead(demande, null, null, null, null))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.getErreurs())
                        .extracting(ChampErreur::champ)
                        .containsExactlyInAnyOrder("nom", "lignes[1].intitule", "notes.cle\u0000"));
    }

    @Test
    void json_trees_are_walked_keys_and_values() throws Exception {
        Object arbre = new ObjectMapper().readTree("{\"donnees\": {\"filieres\": [{\"intitule\": \"x\\u0000\"}]}}");

        assertThatThrownBy(() -> verification.afterBodyRead(arbre, null, null, null, null))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.getErreurs())
                        .extracting(ChampErreur::champ).containsExactly("donnees.filieres[0].intitule"));
    }

    @Test
    void a_lone_surrogate_is_named_and_a_pair_passes() {
        Demande demande = new Demande("EXT-1\ud800", List.of(new Ligne("\udc00x"), new Ligne("😀")), Map.of(), null);

        assertThatThrownBy(() -> verification.afterBodyRead(demande, null, null, null, null))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.getErreurs())
                        .extracting(ChampErreur::champ).containsExactly("nom", "lignes[0].intitule"));
    }

    @Test
    void a_body_without_nul_character_passes_unchanged() {
        Demande demande = new Demande("Centre « Horizon » 😀", List.of(new Ligne("é\t\n")), Map.of(), null);

        assertThat(verification.afterBodyRead(demande, null, null, null, null)).isSameAs(demande);
    }
}
