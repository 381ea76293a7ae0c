package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroBceTest {

    @ParameterizedTest
    @CsvSource({
            "0403.170.701, 0403.170.701",
            "0403170701, 0403.170.701",
            "BE 0403 170 701, 0403.170.701",
            "be0403.170.701, 0403.170.701",
            "1000.000.021, 1000.000.021"})
    void valid_numbers_are_written_the_official_way(String saisie, String attendu) {
        assertThat(NumeroBce.normaliser(saisie)).hasValue(attendu);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0403.170.702", "0403.170.700", "2403.170.701", "403.170.701", "04031707011", "abcdefghij",
            ""})
    void a_wrong_check_digit_length_or_first_digit_is_refused(String saisie) {
        assertThat(NumeroBce.normaliser(saisie)).isEmpty();
    }
}
