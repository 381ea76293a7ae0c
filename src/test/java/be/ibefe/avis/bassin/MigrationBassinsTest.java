package be.ibefe.avis.bassin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ibefe.avis.support.MigrationsH2;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** A single-bassin database of before V10 moves, whole, to the default bassin named in configuration. */
class MigrationBassinsTest {

    @Test
    void existing_dossiers_seances_and_metiers_move_to_the_default_bassin_and_numbering_goes_on() {
        JdbcDataSource base = new JdbcDataSource();
        base.setURL("jdbc:h2:mem:migration-bassins;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(base);

        MigrationsH2.jusqua(base, "7").migrate();
        jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version, reference_externe)
                values ('CSEF-2024-0041', 2024, 'APRC', 'RECU', 'Partenariat', 'AUTRE', 'Projet',
                        DATE '2024-04-02', JSON '{}', 'test', CURRENT_TIMESTAMP, 0, 'EXT-1')""");
        jdbc.update("insert into dossier_compteur (annee, dernier) values (2024, 41)");
        jdbc.update("""
                insert into seance (chambre, date_seance, statut, cree_par, cree_le, version)
                values ('CSEF', DATE '2024-05-14', 'PLANIFIEE', 'test', CURRENT_TIMESTAMP, 0)""");
        jdbc.update("""
                insert into metier_prioritaire (annee, libelle, action) values (2024, 'Soudeur', 'CREER')""");

        MigrationsH2.jusqua(base, "latest").migrate();

        assertThat(jdbc.queryForMap("select reference, bassin from dossier"))
                .isEqualTo(Map.of("REFERENCE", "CSEF-2024-0041", "BASSIN", "NAM"));
        assertThat(jdbc.queryForObject("select bassin from seance", String.class)).isEqualTo("NAM");
        assertThat(jdbc.queryForObject("select bassin from metier_prioritaire", String.class)).isEqualTo("NAM");
        assertThat(jdbc.queryForMap("select code, nom from bassin")).isEqualTo(Map.of("CODE", "NAM", "NOM", "Namur"));
        assertThat(jdbc.queryForObject("select dernier from bassin_compteur where bassin = 'NAM' and annee = 2024",
                Integer.class)).isEqualTo(41);
        // the external reference is now unique per bassin
        jdbc.update("insert into bassin (code, nom) values ('HUY', 'Huy-Waremme')");
        jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version, reference_externe, bassin)
                values ('HUY-CSEF-2024-0001', 2024, 'APRC', 'RECU', 'Partenariat', 'AUTRE', 'Projet',
                        DATE '2024-04-02', JSON '{}', 'test', CURRENT_TIMESTAMP, 0, 'EXT-1', 'HUY')""");
        assertThatThrownBy(() -> jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version, reference_externe, bassin)
                values ('HUY-CSEF-2024-0002', 2024, 'APRC', 'RECU', 'Partenariat', 'AUTRE', 'Projet',
                        DATE '2024-04-02', JSON '{}', 'test', CURRENT_TIMESTAMP, 0, 'EXT-1', 'HUY')"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
