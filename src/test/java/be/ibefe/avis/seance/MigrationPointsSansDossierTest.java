package be.ibefe.avis.seance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.support.MigrationsH2;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V40: a point of the agenda names exactly one thing: a dossier (the points a database already holds keep theirs), or
 * a subject that is no dossier by its kind and n°; none, both, or a kind without its n° are refused by the database.
 * Thématiques communes already on a plénière's agenda become a point of it, after its dossiers; those decided keep
 * their record and get no point.
 */
class MigrationPointsSansDossierTest {

    @Test
    void a_point_names_a_dossier_or_a_subject_never_none_nor_both() {
        JdbcDataSource base = new JdbcDataSource();
        base.setURL("jdbc:h2:mem:migration-points-sans-dossier;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(base);
        MigrationsH2.jusqua(base, "39").migrate();
        long dossier = jdbc.queryForObject("""
                select id from final table (
                    insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                         date_reception, donnees, cree_par, cree_le, version, reference_externe)
                    values ('LIE-CSEF-2024-0001', 2024, 'CREDIT_ADAPTATION', 'NOTIFIE', 'Métallerie', 'ENTREPRISE',
                            'Formation', DATE '2024-04-02', JSON '{}', 'test', CURRENT_TIMESTAMP, 0, 'LIE-1'))""",
                Long.class);
        long ancien = point(jdbc, dossier, null, null);
        long seance = jdbc.queryForObject("""
                select id from final table (
                    insert into seance (chambre, date_seance, statut, cree_par, cree_le, version)
                    values ('INSTANCE_PLENIERE', DATE '2024-10-14', 'PLANIFIEE', 'test', CURRENT_TIMESTAMP, 0))""",
                Long.class);
        jdbc.update("update point_ordre_du_jour set seance_id = ?, ordre = 1, statut = 'INSCRIT' where id = ?", seance,
                ancien);
        long inscrites = thematiques(jdbc, 2024, "INSCRITES", seance);
        thematiques(jdbc, 2023, "VALIDEES", seance);

        MigrationsH2.jusqua(base, "latest").migrate();

        assertThat(jdbc.queryForObject("select dossier_id from point_ordre_du_jour where id = ?", Long.class, ancien))
                .isEqualTo(dossier);
        assertThat(jdbc.queryForList("""
                select objet_type, objet_id, ordre, statut, nature from point_ordre_du_jour
                where seance_id = ? and dossier_id is null""", seance)).singleElement().satisfies(p -> {
                    assertThat(p.get("OBJET_TYPE")).isEqualTo("THEMATIQUES");
                    assertThat(((Number) p.get("OBJET_ID")).longValue()).isEqualTo(inscrites);
                    assertThat(((Number) p.get("ORDRE")).intValue()).isEqualTo(2);
                    assertThat(p.get("STATUT")).isEqualTo("INSCRIT");
                    assertThat(p.get("NATURE")).isEqualTo("APPROBATION");
                });
        assertThat(point(jdbc, null, "POLE", 12L)).isPositive();
        assertThatThrownBy(() -> point(jdbc, null, null, null)).as("no reference")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> point(jdbc, dossier, "POLE", 12L)).as("both references")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> point(jdbc, null, "POLE", null)).as("a kind without its n°")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static long thematiques(JdbcTemplate jdbc, int annee, String statut, long seance) {
        return jdbc.queryForObject("""
                select id from final table (
                    insert into thematiques_communes (bassin, annee, date_groupe_travail, statut, seance_id)
                    values ('NAM', ?, DATE '2024-09-20', ?, ?))""", Long.class, annee, statut, seance);
    }

    private static long point(JdbcTemplate jdbc, Long dossier, String type, Long objet) {
        if (type == null && objet == null) {
            return jdbc.queryForObject("""
                    select id from final table (
                        insert into point_ordre_du_jour (chambre, dossier_id, nature, statut, version)
                        values ('INSTANCE_PLENIERE', ?, 'APPROBATION', 'INSCRIT', 0))""", Long.class, dossier);
        }
        return jdbc.queryForObject("""
                select id from final table (
                    insert into point_ordre_du_jour (chambre, dossier_id, nature, statut, version, objet_type, objet_id)
                    values ('INSTANCE_PLENIERE', ?, 'APPROBATION', 'INSCRIT', 0, ?, ?))""",
                Long.class, dossier, type, objet);
    }
}
