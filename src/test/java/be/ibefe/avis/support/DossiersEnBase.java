package be.ibefe.avis.support;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.system.ClockConfig;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dossiers written straight into the tables, in any state and in bulk, for the report's tests and benchmark. Each
 * gets the history its status implies (RECU, then each step up to it), so the report reads what the application
 * would have written.
 */
public final class DossiersEnBase {

    private static final List<Statut> PARCOURS = List.of(Statut.RECU, Statut.EN_ANALYSE, Statut.PRET_POUR_SEANCE,
            Statut.INSCRIT, Statut.DELIBERE, Statut.NOTIFIE);

    private static final String DOSSIER = """
            insert into dossier (reference, annee, type, statut, demandeur_nom, demandeur_categorie, objet,
                                 date_reception, echeance, donnees, decision, decision_le, notifie_le, cree_par,
                                 cree_le, version)
            values (?, ?, ?, ?, ?, ?, 'Dossier de test', ?, ?, JSON '{}', ?, ?, ?, 'test', ?, 0)
            """;

    private static final String HISTORIQUE = """
            insert into dossier_historique (dossier_id, horodatage, utilisateur, statut_precedent, statut, evenement)
            select id, cast(? as timestamp with time zone), 'test', cast(? as varchar(30)), cast(? as varchar(30)),
                   'Étape de test'
              from dossier where reference = ?
            """;

    private DossiersEnBase() {
    }

    /** A dossier to write; {@code notifieLe} is when it became NOTIFIE, for a dossier in that status. */
    public record Ligne(String reference, AvisType type, CategorieDemandeur categorie, LocalDate dateReception,
            LocalDate echeance, Statut statut, Decision decision, Instant notifieLe) {

        public static Ligne recu(String reference, AvisType type, LocalDate dateReception) {
            return new Ligne(reference, type, CategorieDemandeur.AUTRE, dateReception, null, Statut.RECU, null, null);
        }

        public Ligne categorie(CategorieDemandeur autre) {
            return new Ligne(reference, type, autre, dateReception, echeance, statut, decision, notifieLe);
        }

        public Ligne echeance(LocalDate date) {
            return new Ligne(reference, type, categorie, dateReception, date, statut, decision, notifieLe);
        }

        public Ligne statut(Statut autre) {
            return new Ligne(reference, type, categorie, dateReception, echeance, autre, decision, notifieLe);
        }

        /** Adjourned by the chambre: back among the dossiers ready for a séance, the avis still to come. */
        public Ligne ajourne() {
            return new Ligne(reference, type, categorie, dateReception, echeance, Statut.PRET_POUR_SEANCE,
                    Decision.AJOURNE, null);
        }

        /** Decided, not yet notified. */
        public Ligne decide(Decision avis) {
            return new Ligne(reference, type, categorie, dateReception, echeance, Statut.DELIBERE, avis, null);
        }

        /** Decided and notified at that moment. */
        public Ligne notifie(Decision avis, Instant le) {
            return new Ligne(reference, type, categorie, dateReception, echeance, Statut.NOTIFIE, avis, le);
        }

        /** Decided and notified {@code jours} calendar days after reception, at 11:00 in Brussels. */
        public Ligne notifieApres(Decision avis, int jours) {
            return notifie(avis, dateReception.plusDays(jours).atTime(11, 0).atZone(ClockConfig.BRUXELLES).toInstant());
        }

        /** Closed without analysis: withdrawn, or outside the chambre's competence. */
        public Ligne clos(Decision avis) {
            return new Ligne(reference, type, categorie, dateReception, echeance, Statut.CLOS, avis, null);
        }

        Instant recuLe() {
            return dateReception.atTime(LocalTime.of(9, 0)).atZone(ClockConfig.BRUXELLES).toInstant();
        }

        /** The statuses the dossier went through, with when. */
        List<Etape> historique() {
            List<Statut> statuts = switch (statut) {
                case INCOMPLET, CLOS -> List.of(Statut.RECU, statut);
                default -> PARCOURS.subList(0, PARCOURS.indexOf(statut) + 1);
            };
            List<Etape> etapes = new ArrayList<>();
            for (int i = 0; i < statuts.size(); i++) {
                Statut etape = statuts.get(i);
                Instant quand = etape == Statut.NOTIFIE ? notifieLe : recuLe().plusSeconds(3600L * i);
                etapes.add(new Etape(i == 0 ? null : statuts.get(i - 1), etape, quand));
            }
            return etapes;
        }
    }

    record Etape(Statut precedent, Statut statut, Instant horodatage) {
    }

    public static void inserer(JdbcTemplate jdbc, List<Ligne> lignes) {
        jdbc.batchUpdate(DOSSIER, lignes, 1000, (ps, ligne) -> {
            ps.setString(1, ligne.reference());
            ps.setInt(2, ligne.dateReception().getYear());
            ps.setString(3, ligne.type().name());
            ps.setString(4, ligne.statut().name());
            ps.setString(5, "Demandeur " + ligne.reference());
            ps.setString(6, ligne.categorie().name());
            ps.setObject(7, ligne.dateReception());
            ps.setObject(8, ligne.echeance(), Types.DATE);
            ps.setString(9, ligne.decision() == null ? null : ligne.decision().name());
            horodatage(ps, 10, ligne.decision() == null ? null : ligne.recuLe().plusSeconds(7200));
            // what Dossier.notifier keeps: when its avis was notified, for a dossier that is NOTIFIE
            horodatage(ps, 11, ligne.statut() == Statut.NOTIFIE ? ligne.notifieLe() : null);
            horodatage(ps, 12, ligne.recuLe());
        });
        List<Object[]> etapes = new ArrayList<>();
        for (Ligne ligne : lignes) {
            for (Etape etape : ligne.historique()) {
                etapes.add(new Object[] {etape, ligne.reference()});
            }
        }
        jdbc.batchUpdate(HISTORIQUE, etapes, 1000, (ps, e) -> {
            Etape etape = (Etape) e[0];
            horodatage(ps, 1, etape.horodatage());
            ps.setString(2, etape.precedent() == null ? null : etape.precedent().name());
            ps.setString(3, etape.statut().name());
            ps.setString(4, (String) e[1]);
        });
    }

    /** Removes the dossiers whose reference starts with {@code prefixe}, and their history. */
    public static void supprimer(JdbcTemplate jdbc, String prefixe) {
        jdbc.update("delete from dossier_historique where dossier_id in (select id from dossier where reference like ?)",
                prefixe + "%");
        jdbc.update("delete from dossier where reference like ?", prefixe + "%");
    }

    private static void horodatage(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
