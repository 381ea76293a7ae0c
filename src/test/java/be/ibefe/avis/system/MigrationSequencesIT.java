package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Migrations;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V41 on a database already in service: the entities' identity columns become sequences taken in blocks of 50, each
 * starting after the ids its table holds and after the last id its identity had given (a deleted row's id is not
 * handed out again), and SQL written by hand still inserts without an id. On in-memory H2, and on a PostgreSQL
 * database of its own in the PostgreSQL run (the migration is written for each).
 */
class MigrationSequencesIT {

    /** Each entity's table and the sequence its ids come from. */
    private static final Map<String, String> SEQUENCES = Map.ofEntries(
            Map.entry("dossier", "dossier_seq"), Map.entry("dossier_historique", "dossier_historique_seq"),
            Map.entry("dossier_commentaire", "dossier_commentaire_seq"), Map.entry("document", "document_seq"),
            Map.entry("envoi", "envoi_seq"), Map.entry("seance", "seance_seq"),
            Map.entry("point_ordre_du_jour", "point_ordre_du_jour_seq"), Map.entry("mandat", "mandat_seq"),
            Map.entry("mesure_urgente", "mesure_urgente_seq"), Map.entry("approbation_pv", "approbation_pv_seq"),
            Map.entry("avis_pole", "avis_pole_seq"), Map.entry("operateur_ale_reconnu", "operateur_ale_reconnu_seq"),
            Map.entry("metier_prioritaire", "metier_prioritaire_seq"),
            Map.entry("fonction_critique", "fonction_critique_seq"), Map.entry("jeton_calendrier", "jeton_calendrier_seq"),
            Map.entry("pole", "pole_seq"), Map.entry("pole_membre", "pole_membre_seq"),
            Map.entry("pole_reunion", "pole_reunion_seq"), Map.entry("fiche_projet", "fiche_projet_seq"),
            Map.entry("pole_approbation", "pole_approbation_seq"), Map.entry("jalon_calendrier", "jalon_calendrier_seq"),
            Map.entry("thematiques_communes", "thematiques_communes_seq"));

    @Test
    void a_populated_database_gets_sequences_after_its_ids_and_hand_written_inserts_still_work() throws Exception {
        Migrations.depuis("39", "migration-sequences", MigrationSequencesIT::verifier);
    }

    private static void verifier(JdbcTemplate jdbc, Runnable migrer) {
        long premier = dossier(jdbc, "NAM-CSEF-2024-0001");
        long deuxieme = dossier(jdbc, "NAM-CSEF-2024-0002");
        long supprime = dossier(jdbc, "NAM-CSEF-2024-0003");
        jdbc.update("delete from dossier where id = ?", supprime);
        historique(jdbc, premier);
        long dernierHistorique = historique(jdbc, deuxieme);
        long pole = pole(jdbc, "Pôle construction");

        migrer.run();

        for (Map.Entry<String, String> table : SEQUENCES.entrySet()) {
            assertThat(incrementDe(jdbc, table.getValue())).as("pas de la séquence de %s", table.getKey())
                    .isEqualTo(50);
            assertThat(defautDeLId(jdbc, table.getKey()).toLowerCase()).as("défaut de %s.id", table.getKey())
                    .contains(table.getValue());
        }
        long suivant = dossier(jdbc, "NAM-CSEF-2024-0004");
        assertThat(suivant).as("after the deleted row's id, never below it").isEqualTo(supprime + 1);
        assertThat(dossier(jdbc, "NAM-CSEF-2024-0005")).as("the sequence's next block").isEqualTo(suivant + 50);
        assertThat(historique(jdbc, suivant)).isEqualTo(dernierHistorique + 1);
        assertThat(pole(jdbc, "Pôle logistique")).isEqualTo(pole + 1);
        assertThat(jdbc.queryForList("select reference from dossier order by id", String.class))
                .containsExactly("NAM-CSEF-2024-0001", "NAM-CSEF-2024-0002", "NAM-CSEF-2024-0004",
                        "NAM-CSEF-2024-0005");
    }

    /** A dossier inserted by hand, without an id (the column's default gives it), and the id it got. */
    private static long dossier(JdbcTemplate jdbc, String reference) {
        jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version)
                values (?, 2024, 'CREDIT_ADAPTATION', 'RECU', 'Métallerie', 'ENTREPRISE', 'Formation',
                        DATE '2024-04-02', '{}', 'test', CURRENT_TIMESTAMP, 0)""", reference);
        return jdbc.queryForObject("select id from dossier where reference = ?", Long.class, reference);
    }

    private static long historique(JdbcTemplate jdbc, long dossier) {
        jdbc.update("""
                insert into dossier_historique (dossier_id, horodatage, utilisateur, statut, evenement)
                values (?, CURRENT_TIMESTAMP, 'test', 'RECU', 'Demande enregistrée')""", dossier);
        return jdbc.queryForObject("select max(id) from dossier_historique where dossier_id = ?", Long.class, dossier);
    }

    private static long pole(JdbcTemplate jdbc, String nom) {
        jdbc.update("""
                insert into pole (bassin, nature, nom, secteur, origine, statut, duree_mois, cree_par, cree_le, version)
                values ('NAM', 'POLE', ?, 'Construction', 'INITIATIVE', 'ACTIF', 12, 'test', CURRENT_TIMESTAMP, 0)""",
                nom);
        return jdbc.queryForObject("select id from pole where nom = ?", Long.class, nom);
    }

    private static long incrementDe(JdbcTemplate jdbc, String sequence) {
        return jdbc.queryForObject("select cast(increment as bigint) from information_schema.sequences"
                + " where lower(sequence_name) = ?", Long.class, sequence);
    }

    private static String defautDeLId(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select column_default from information_schema.columns"
                + " where lower(table_name) = ? and lower(column_name) = 'id'", String.class, table);
    }
}
