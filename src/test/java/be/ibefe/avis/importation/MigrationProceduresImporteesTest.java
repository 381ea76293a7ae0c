package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.MigrationsH2;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports made before V12 started their processes with their dossiers: none is shown as still starting them. */
class MigrationProceduresImporteesTest {

    @Test
    void the_imports_of_before_count_every_process_started_and_their_dossiers_wait_for_none() {
        JdbcDataSource base = new JdbcDataSource();
        base.setURL("jdbc:h2:mem:migration-procedures-importees;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(base);

        MigrationsH2.jusqua(base, "10").migrate();
        jdbc.update("""
                insert into import_lot (type, fichier, format, statut, total, lignes_validees, dossiers_crees,
                                        deja_presents, depose_par, depose_le, maj_le, bassin)
                values ('EQUIPEMENT', 'equipement.csv', 'CSV', 'TERMINE', 3, 3, 3, 0, 'test', CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP, 'NAM')""");
        jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version, bassin)
                values ('NAM-CSEF-2024-0001', 2024, 'EQUIPEMENT', 'RECU', 'École', 'ECOLE', 'Poste',
                        DATE '2024-04-02', JSON '{}', 'test', CURRENT_TIMESTAMP, 0, 'NAM')""");

        MigrationsH2.jusqua(base, "latest").migrate();

        assertThat(jdbc.queryForMap("select dossiers_crees, procedures_demarrees from import_lot"))
                .isEqualTo(Map.of("DOSSIERS_CREES", 3, "PROCEDURES_DEMARREES", 3));
        assertThat(jdbc.queryForObject("select procedure_en_attente from dossier", Boolean.class)).isFalse();
    }
}
