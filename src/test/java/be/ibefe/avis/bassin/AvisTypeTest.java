package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The avis types are data: the domain's eight keep their codes, labels and order, and behave as the enum constants
 * they were (one instance per code, compared, written and read by code); one declared by configuration comes after
 * them until it is forgotten.
 */
class AvisTypeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_domains_types_keep_their_codes_labels_order_and_process_keys() {
        assertThat(AvisType.values()).extracting(AvisType::name).containsExactly("CISP_AGREMENT",
                "CREDIT_ADAPTATION", "ALE_FORMATION", "APRC", "EPS_FOREM", "EQUIPEMENT", "POLE_OPPORTUNITE",
                "INTERPELLATION");
        assertThat(AvisType.values()).allSatisfy(type -> assertThat(type.duDomaine()).isTrue());
        assertThat(AvisType.APRC.libelle()).isEqualTo("Parcours de renforcement des compétences");
        assertThat(AvisType.CREDIT_ADAPTATION.processKey()).isEqualTo("avis-credit-adaptation");
        assertThat(AvisType.valueOf("APRC")).isSameAs(AvisType.APRC);
        assertThat(AvisType.APRC).hasToString("APRC");
        assertThat(AvisType.CISP_AGREMENT).isLessThan(AvisType.INTERPELLATION);
        assertThat(Arrays.stream(AvisType.values()).sorted().toList()).containsExactly(AvisType.values());
    }

    @Test
    void an_unknown_code_is_refused_in_french_naming_the_known_ones() {
        assertThatThrownBy(() -> AvisType.valueOf("aprc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Type d'avis inconnu : « aprc ». Types connus : CISP_AGREMENT, CREDIT_ADAPTATION, "
                        + "ALE_FORMATION, APRC, EPS_FOREM, EQUIPEMENT, POLE_OPPORTUNITE, INTERPELLATION.");
        assertThatThrownBy(() -> AvisType.valueOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void json_holds_the_code_and_reads_it_back_as_the_same_instance() throws IOException {
        assertThat(JSON.writeValueAsString(Map.of("type", AvisType.EPS_FOREM))).isEqualTo("{\"type\":\"EPS_FOREM\"}");
        assertThat(JSON.readValue("\"EPS_FOREM\"", AvisType.class)).isSameAs(AvisType.EPS_FOREM);
        assertThatThrownBy(() -> JSON.readValue("\"EPS\"", AvisType.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getValue()).isEqualTo("EPS");
                    assertThat(e.getTargetType()).isEqualTo(AvisType.class);
                });
        assertThatThrownBy(() -> JSON.readValue("3", AvisType.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_type_kept_in_a_session_is_read_back_as_the_instance_of_its_code() throws Exception {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ObjectOutputStream sortie = new ObjectOutputStream(octets)) {
            sortie.writeObject(AvisType.ALE_FORMATION);
        }
        try (ObjectInputStream entree = new ObjectInputStream(new ByteArrayInputStream(octets.toByteArray()))) {
            assertThat(entree.readObject()).isSameAs(AvisType.ALE_FORMATION);
        }
    }

    @Test
    void a_declared_type_comes_after_the_domains_until_it_is_forgotten() {
        AvisType essai = AvisType.declarer("ESSAI", " Demande d'essai ", "classpath:types/essai.schema.json", null);
        try {
            assertThat(AvisType.values()).hasSize(9).endsWith(essai);
            assertThat(AvisType.valueOf("ESSAI")).isSameAs(essai);
            assertThat(essai.libelle()).isEqualTo("Demande d'essai");
            assertThat(essai.duDomaine()).isFalse();
            assertThat(essai.processKey()).isEqualTo("avis-essai");
            assertThat(essai.schema()).isEqualTo("classpath:types/essai.schema.json");
            assertThat(essai.textes()).isNull();
            assertThat(essai).isGreaterThan(AvisType.INTERPELLATION);
            assertThat(new LectureDuType().convert(" ESSAI ")).isSameAs(essai);
            assertThat(new AvisTypeEnBase().convertToEntityAttribute("ESSAI")).isSameAs(essai);
        } finally {
            AvisType.retirer(essai);
        }
        assertThat(AvisType.values()).hasSize(8);
        assertThatThrownBy(() -> AvisType.valueOf("ESSAI")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_declaration_is_refused_for_a_code_already_known_malformed_or_too_long_or_without_label() {
        assertThatThrownBy(() -> AvisType.declarer("APRC", "Autre", null, null))
                .hasMessage("avis.types.APRC : le type d'avis APRC est déjà défini (Parcours de renforcement des "
                        + "compétences)");
        assertThatThrownBy(() -> AvisType.declarer("essai", "Essai", null, null))
                .hasMessageStartingWith("avis.types : le code « essai » n'est pas un code de type d'avis");
        assertThatThrownBy(() -> AvisType.declarer("A".repeat(41), "Essai", null, null))
                .hasMessageContaining("40 caractères au plus");
        AvisType limite = AvisType.declarer("A".repeat(40), "Essai à la limite", null, null);
        AvisType.retirer(limite);
        assertThatThrownBy(() -> AvisType.declarer("ESSAI", " ", null, null))
                .hasMessage("avis.types.ESSAI.libelle : le libellé du type est obligatoire");
        assertThatThrownBy(() -> AvisType.retirer(AvisType.APRC)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AvisType.values()).hasSize(8);
    }

    @Test
    void a_blank_request_parameter_is_no_type_and_an_unknown_one_is_refused() {
        assertThat(new LectureDuType().convert("  ")).isNull();
        assertThat(new LectureDuType().convert("APRC")).isSameAs(AvisType.APRC);
        assertThatThrownBy(() -> new LectureDuType().convert("XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AvisTypeEnBase().convertToDatabaseColumn(AvisType.APRC)).isEqualTo("APRC");
        assertThat(new AvisTypeEnBase().convertToDatabaseColumn(null)).isNull();
    }
}
