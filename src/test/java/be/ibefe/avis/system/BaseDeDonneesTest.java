package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseDeDonneesTest {

    @Test
    void the_driver_s_product_name_tells_the_database_and_an_other_one_is_none() {
        assertThat(BaseDeDonnees.de("PostgreSQL")).contains(BaseDeDonnees.POSTGRESQL);
        assertThat(BaseDeDonnees.de("H2")).contains(BaseDeDonnees.H2);
        assertThat(BaseDeDonnees.de("MySQL")).isEmpty();
        assertThat(BaseDeDonnees.POSTGRESQL.nomDuMoteur()).isEqualTo("postgres");
        assertThat(BaseDeDonnees.H2.nomDuMoteur()).isEqualTo("h2");
    }
}
