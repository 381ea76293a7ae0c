package be.ibefe.avis.audit;

import be.ibefe.avis.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every change to a dossier, a task, a séance, a model or the reference data, with who, when,
 * what, and the values before and after. Entries are only ever inserted, in the transaction of the change they
 * record when there is one (no change without its entry, no entry for a change that rolled back), written together
 * as one batched insert when it commits ({@link EntreesDeLaTransaction}); nothing updates
 * or deletes them, and PostgreSQL refuses it outright.
 */
@Service
public class Journal {

    static final int LONGUEUR_MAX = 200_000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManagerFactory entityManagerFactory;

    public Journal(JdbcTemplate jdbc, CurrentUser currentUser, ObjectMapper json, Clock clock,
            EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /**
     * An entry; {@code origine} says where it comes from when it is not the ordinary use of the application
     * ({@link Origines}), null otherwise.
     */
    public record Entree(long id, Instant horodatage, String utilisateur, String action, String objet, String objetId,
            Long dossierId, String avant, String apres, String origine) {
    }

    private static final String INSERTION = """
            insert into journal_audit (horodatage, utilisateur, action, objet, objet_id, dossier_id, avant, apres,
                                       origine)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String AUTRE_LIGNE = ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Far below PostgreSQL's 65 535 parameters of a statement (nine a row). */
    static final int LIGNES_PAR_INSERTION = 500;

    /**
     * Records an entry in the transaction of the change: kept with the transaction's other entries and written with
     * them as one batched insert just before it commits ({@link EntreesDeLaTransaction}), or at once outside one.
     */
    @Transactional
    public void consigner(String action, String objet, Object objetId, Long dossierId, Object avant, Object apres) {
        consigner(EntreesDeLaTransaction.de(this, entityManagerFactory), action, objet, objetId, dossierId, avant,
                apres);
    }

    /**
     * An entry of Hibernate's events ({@link AuditEntites}), which may come from the flush of the commit itself,
     * after the transaction's entries were written: it joins them only while they wait (from the transaction's start,
     * {@link EntreesDesLeDebut}), else it is written at once.
     */
    @Transactional
    public void consignerAuFlush(String action, String objet, Object objetId, Long dossierId, Object avant,
            Object apres) {
        EntreesDeLaTransaction enAttente = EntreesDeLaTransaction.existantes(this);
        consigner(enAttente == null || enAttente.close() ? null : enAttente, action, objet, objetId, dossierId, avant,
                apres);
    }

    /**
     * Opens the entries of the transaction that begins ({@link EntreesDesLeDebut}), so that those of its every flush
     * wait with them; called through the bean, so that the entries are this journal's own.
     */
    void ouvrirLesEntrees() {
        EntreesDeLaTransaction.de(this, entityManagerFactory);
    }

    private void consigner(EntreesDeLaTransaction enAttente, String action, String objet, Object objetId,
            Long dossierId, Object avant, Object apres) {
        Object[] ligne = {Timestamp.from(clock.instant()), currentUser.login(), action, objet,
                objetId == null ? null : String.valueOf(objetId), dossierId, ecrire(avant), ecrire(apres),
                Origines.courante()};
        if (enAttente == null) {
            jdbc.update(INSERTION, ligne);
        } else {
            enAttente.ajouter(ligne);
        }
    }

    /**
     * Writes the entries in one multi-row insert ({@value #LIGNES_PAR_INSERTION} rows at most each): a JDBC batch,
     * even rewritten by PostgreSQL's driver, goes in rows by powers of two (three entries, two statements).
     */
    void ecrireEnLot(List<Object[]> lignes) {
        for (int debut = 0; debut < lignes.size(); debut += LIGNES_PAR_INSERTION) {
            List<Object[]> lot = lignes.subList(debut, Math.min(lignes.size(), debut + LIGNES_PAR_INSERTION));
            jdbc.update(INSERTION + AUTRE_LIGNE.repeat(lot.size() - 1),
                    lot.stream().flatMap(Arrays::stream).toArray());
        }
    }

    /** The entries of this transaction not yet written are, before a read of the journal. */
    private void ecrireEnAttente() {
        EntreesDeLaTransaction enAttente = EntreesDeLaTransaction.existantes(this);
        if (enAttente != null) {
            enAttente.ecrire();
        }
    }

    @Transactional(readOnly = true)
    public List<Entree> duDossier(long dossierId) {
        ecrireEnAttente();
        return jdbc.query("select * from journal_audit where dossier_id = ? order by id", (rs, i) -> entree(rs),
                dossierId);
    }

    /**
     * The tables of what belongs to a bassin without belonging to a dossier, by the entries' {@code objet}: an entry
     * about one of them is shown within the bassins of its row.
     */
    private static final Map<String, String> TABLES_DU_BASSIN = Map.ofEntries(Map.entry("Seance", "seance"),
            Map.entry("Seance.presences", "seance"), Map.entry("Mandat", "mandat"),
            Map.entry("MetierPrioritaire", "metier_prioritaire"), Map.entry("Import", "import_lot"),
            Map.entry("OperateurAleReconnu", "operateur_ale_reconnu"), Map.entry("ApprobationPv", "approbation_pv"),
            // a pôle's entries, within its carrying bassin (an associated bassin reads the pôle, not its journal)
            Map.entry("Pole", "pole"), Map.entry("Pole.bassinsAssocies", "pole"),
            Map.entry("MembrePole", "pole_membre"), Map.entry("ReunionPole", "pole_reunion"),
            Map.entry("ReunionPole.presences", "pole_reunion"), Map.entry("ReunionPole.decisions", "pole_reunion"),
            Map.entry("FicheProjet", "fiche_projet"), Map.entry("FicheProjet.indicateurs", "fiche_projet"),
            Map.entry("ApprobationPole", "pole_approbation"),
            Map.entry("ThematiquesCommunes", "thematiques_communes"),
            Map.entry("ThematiquesCommunes.metiers", "thematiques_communes"),
            Map.entry("FonctionCritique", "fonction_critique"), Map.entry("Jalon", "jalon_calendrier"));

    /**
     * A dossier's comments were journaled without their dossier before they carried it ({@link AppartientAuDossier}):
     * those entries are shown within the bassin of the comment's dossier, never to every bassin.
     */
    private static final String COMMENTAIRES_DU_BASSIN = """
            select cast(c.id as varchar(20)) from dossier_commentaire c join dossier d on d.id = c.dossier_id
            where d.bassin in (:bassins)""";

    /**
     * Every entry between two instants; with {@code bassins}, only those of these bassins: of their dossiers, of their
     * séances, mandates, métiers prioritaires, operators recognised for ALE trainings, pôles and imports (a deleted one by
     * the bassin its last state names), and those that belong to no bassin (process models, letter templates); a
     * bassin's own entries (its creation, its identity) within that bassin.
     */
    @Transactional(readOnly = true)
    public List<Entree> entre(Instant depuis, Instant jusqua, Optional<Set<String>> bassins) {
        ecrireEnAttente();
        MapSqlParameterSource parametres = new MapSqlParameterSource("depuis", Timestamp.from(depuis))
                .addValue("jusqua", Timestamp.from(jusqua));
        String filtre = bassins.map(codes -> {
            parametres.addValue("bassins", codes).addValue("objets", TABLES_DU_BASSIN.keySet());
            parametres.addValue("commentaire", "Commentaire").addValue("bassin", "Bassin");
            StringBuilder condition = new StringBuilder(" and (dossier_id in (select id from dossier where bassin in")
                    .append(" (:bassins))\n  or dossier_id is null and objet not in (:objets) and objet <> :commentaire")
                    // a bassin's identity (its letterhead, signatories) is its own business
                    .append(" and objet <> :bassin\n  or dossier_id is null and objet = :bassin and objet_id in (:bassins)")
                    .append("\n  or dossier_id is null and objet = :commentaire and objet_id in (")
                    .append(COMMENTAIRES_DU_BASSIN).append(")");
            int rang = 0;
            for (Map.Entry<String, String> objet : TABLES_DU_BASSIN.entrySet()) {
                parametres.addValue("objet" + rang, objet.getKey());
                condition.append("\n  or dossier_id is null and objet = :objet").append(rang)
                        .append(" and objet_id in (select cast(id as varchar(20)) from ").append(objet.getValue())
                        .append(" where bassin in (:bassins))");
                rang++;
            }
            List<String> motifs = codes.stream().map(code -> "%\"bassin\":\"" + code + "\"%").toList();
            for (int i = 0; i < motifs.size(); i++) {
                parametres.addValue("motif" + i, motifs.get(i));
                condition.append("\n  or dossier_id is null and action = 'SUPPRESSION' and objet in (:objets)")
                        .append(" and avant like :motif").append(i);
            }
            return condition.append(")").toString();
        }).orElse("");
        return new NamedParameterJdbcTemplate(jdbc).query("select * from journal_audit where horodatage >= :depuis"
                + " and horodatage < :jusqua" + filtre + " order by id", parametres, (rs, i) -> entree(rs));
    }

    private static Entree entree(ResultSet rs) throws SQLException {
        Long dossier = rs.getObject("dossier_id", Long.class);
        return new Entree(rs.getLong("id"), rs.getTimestamp("horodatage").toInstant(), rs.getString("utilisateur"),
                rs.getString("action"), rs.getString("objet"), rs.getString("objet_id"), dossier,
                rs.getString("avant"), rs.getString("apres"), rs.getString("origine"));
    }

    private String ecrire(Object valeur) {
        if (valeur == null) {
            return null;
        }
        try {
            String texte = json.writeValueAsString(valeur);
            return texte.length() > LONGUEUR_MAX ? texte.substring(0, LONGUEUR_MAX) : texte;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Valeur non journalisable : " + valeur.getClass(), e);
        }
    }
}
