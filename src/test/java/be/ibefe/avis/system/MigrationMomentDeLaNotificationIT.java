package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Migrations;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V47 on a database already in service: each dossier notified gets the moment its standing avis was notified, the
 * last time its history entered NOTIFIE (after an avis withdrawn and given again, the second; an entry written while
 * it was already NOTIFIE is no notification); a dossier that is not NOTIFIE gets none. On in-memory H2, and on a
 * PostgreSQL database of its own in the PostgreSQL run.
 */
class MigrationMomentDeLaNotificationIT {

    @Test
    void a_populated_database_keeps_on_each_notified_dossier_when_its_standing_avis_was_notified() throws Exception {
        Migrations.depuis("46", "migration-notifie-le", MigrationMomentDeLaNotificationIT::verifier);
    }

    private static void verifier(JdbcTemplate jdbc, Runnable migrer) {
        long une = dossier(jdbc, "NAM-CSEF-2024-0001", "NOTIFIE");
        etapes(jdbc, une, "RECU", "2024-03-01T09:00:00Z", "NOTIFIE", "2024-04-10T21:30:00Z");
        long deux = dossier(jdbc, "NAM-CSEF-2024-0002", "NOTIFIE");
        etapes(jdbc, deux, "RECU", "2024-03-01T09:00:00Z", "NOTIFIE", "2024-04-10T10:00:00Z",
                "PRET_POUR_SEANCE", "2024-05-02T18:00:00Z", "NOTIFIE", "2024-06-20T10:00:00Z");
        jdbc.update("""
                insert into dossier_historique (dossier_id, horodatage, utilisateur, statut_precedent, statut, evenement)
                values (?, TIMESTAMP WITH TIME ZONE '2024-07-01 10:00:00+00', 'test', 'NOTIFIE', 'NOTIFIE',
                        'Envoi annulé')""", deux);
        long retire = dossier(jdbc, "NAM-CSEF-2024-0003", "PRET_POUR_SEANCE");
        etapes(jdbc, retire, "RECU", "2024-03-01T09:00:00Z", "NOTIFIE", "2024-04-10T10:00:00Z",
                "PRET_POUR_SEANCE", "2024-05-02T18:00:00Z");
        long clos = dossier(jdbc, "NAM-CSEF-2024-0004", "CLOS");
        etapes(jdbc, clos, "RECU", "2024-03-01T09:00:00Z", "CLOS", "2024-03-05T10:00:00Z");

        migrer.run();

        Map<String, Instant> notifiesLe = new HashMap<>();
        jdbc.query("select reference, notifie_le from dossier", rs -> {
            OffsetDateTime le = rs.getObject("notifie_le", OffsetDateTime.class);
            notifiesLe.put(rs.getString("reference"), le == null ? null : le.toInstant());
        });
        assertThat(notifiesLe).containsOnlyKeys("NAM-CSEF-2024-0001", "NAM-CSEF-2024-0002", "NAM-CSEF-2024-0003",
                        "NAM-CSEF-2024-0004")
                .containsEntry("NAM-CSEF-2024-0001", Instant.parse("2024-04-10T21:30:00Z"))
                .containsEntry("NAM-CSEF-2024-0002", Instant.parse("2024-06-20T10:00:00Z"))
                .containsEntry("NAM-CSEF-2024-0003", null).containsEntry("NAM-CSEF-2024-0004", null);
    }

    private static long dossier(JdbcTemplate jdbc, String reference, String statut) {
        jdbc.update("""
                insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                     date_reception, donnees, cree_par, cree_le, version)
                values (?, 2024, 'CREDIT_ADAPTATION', ?, 'Métallerie', 'ENTREPRISE', 'Formation',
                        DATE '2024-03-01', '{}', 'test', CURRENT_TIMESTAMP, 0)""", reference, statut);
        return jdbc.queryForObject("select id from dossier where reference = ?", Long.class, reference);
    }

    /** The dossier's history: each status it entered, with when, each after the previous one. */
    private static void etapes(JdbcTemplate jdbc, long dossier, String... statutsEtMoments) {
        String precedent = null;
        for (int i = 0; i < statutsEtMoments.length; i += 2) {
            jdbc.update("""
                    insert into dossier_historique (dossier_id, horodatage, utilisateur, statut_precedent, statut,
                                                    evenement)
                    values (?, ?, 'test', ?, ?, 'Étape')""", dossier,
                    OffsetDateTime.ofInstant(Instant.parse(statutsEtMoments[i + 1]), ZoneOffset.UTC), precedent,
                    statutsEtMoments[i]);
            precedent = statutsEtMoments[i];
        }
    }
}
