package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.MigrationsH2;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V24: the ratification points a database already holds get the urgent measure they submit when it is certain (the
 * dossier's only measure), and none when the dossier had several: no origin is guessed.
 */
class MigrationPointMesureUrgenteTest {

    @Test
    void a_ratification_point_gets_its_dossiers_only_measure_and_none_when_there_were_several() {
        JdbcDataSource base = new JdbcDataSource();
        base.setURL("jdbc:h2:mem:migration-point-mesure;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(base);
        MigrationsH2.jusqua(base, "22").migrate();
        long uneMesure = dossier(jdbc, "NAM-CSEF-2024-0001");
        long deuxMesures = dossier(jdbc, "NAM-CSEF-2024-0002");
        long seule = mesure(jdbc, uneMesure, "2024-06-03");
        mesure(jdbc, deuxMesures, "2024-03-04");
        mesure(jdbc, deuxMesures, "2024-06-03");
        long seanceBureau = jdbc.queryForObject("""
                select id from final table (
                    insert into seance (chambre, date_seance, statut, cree_par, cree_le, version)
                    values ('BUREAU', DATE '2024-05-28', 'CLOTUREE', 'test', CURRENT_TIMESTAMP, 0))""",
                Long.class);
        long pointSeul = point(jdbc, uneMesure, null);
        long pointAmbigu = point(jdbc, deuxMesures, null);
        long pointDuBureau = point(jdbc, uneMesure, seanceBureau);

        MigrationsH2.jusqua(base, "latest").migrate();

        assertThat(mesureDe(jdbc, pointSeul)).isEqualTo(seule);
        assertThat(mesureDe(jdbc, pointAmbigu)).isNull();
        assertThat(mesureDe(jdbc, pointDuBureau)).as("décision d'une séance du Bureau, pas une mesure").isNull();
    }

    private static long dossier(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForObject("""
                select id from final table (
                    insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                         date_reception, donnees, cree_par, cree_le, version, reference_externe)
                    values (?, 2024, 'CREDIT_ADAPTATION', 'NOTIFIE', 'Métallerie', 'ENTREPRISE', 'Formation',
                            DATE '2024-04-02', JSON '{}', 'test', CURRENT_TIMESTAMP, 0, ?))""",
                Long.class, reference, reference);
    }

    private static long mesure(JdbcTemplate jdbc, long dossier, String date) {
        return jdbc.queryForObject("""
                select id from final table (
                    insert into mesure_urgente (dossier_id, date_mesure, decision, motivation, justification,
                                                enregistree_par, enregistree_le)
                    values (?, CAST(? AS DATE), 'FAVORABLE', 'Conforme.', 'Urgent.', 'coordinateur',
                            CURRENT_TIMESTAMP))""", Long.class, dossier, date);
    }

    private static long point(JdbcTemplate jdbc, long dossier, Long origine) {
        return jdbc.queryForObject("""
                select id from final table (
                    insert into point_ordre_du_jour (chambre, dossier_id, nature, statut, decision, origine_seance_id,
                                                     version)
                    values ('INSTANCE_PLENIERE', ?, 'RATIFICATION', 'A_INSCRIRE', 'FAVORABLE', ?, 0))""",
                Long.class, dossier, origine);
    }

    private static Long mesureDe(JdbcTemplate jdbc, long point) {
        return jdbc.queryForObject("select mesure_urgente_id from point_ordre_du_jour where id = ?", Long.class, point);
    }
}
