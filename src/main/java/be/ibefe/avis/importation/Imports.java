package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.Libelles;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of imports, in plain SQL: each write commits in a transaction of its own, beside the long transaction
 * that creates the dossiers, so that a reader sees the progress while it goes and a rolled back import still says
 * why. (Not a JPA entity: the audit journal records the import's deposit and outcome, not each step of its progress.)
 */
@Repository
class Imports {

    private static final String COLONNES = "id, type, fichier, format, statut, total, lignes_validees, dossiers_crees, "
            + "deja_presents, procedures_demarrees, message, depose_par, depose_le, termine_le";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate aPart;

    Imports(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.aPart = new TransactionTemplate(transactionManager);
        this.aPart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new import, waiting in the queue of the node {@code noeud}, which will work it. */
    long creer(String bassin, AvisType type, String fichier, FichierImport.Format format, int total,
            String deposePar, Instant maintenant, String noeud) {
        KeyHolder cle = new GeneratedKeyHolder();
        aPart.executeWithoutResult(status -> jdbc.update(connexion -> {
            PreparedStatement insert = connexion.prepareStatement("""
                    insert into import_lot (type, fichier, format, statut, total, lignes_validees, dossiers_crees,
                        deja_presents, depose_par, depose_le, maj_le, bassin, noeud)
                    values (?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(9, bassin);
            insert.setString(10, noeud);
            insert.setString(1, type.name());
            insert.setString(2, fichier);
            insert.setString(3, format.name());
            insert.setString(4, StatutImport.EN_ATTENTE.name());
            insert.setInt(5, total);
            insert.setString(6, deposePar);
            insert.setTimestamp(7, Timestamp.from(maintenant));
            insert.setTimestamp(8, Timestamp.from(maintenant));
            return insert;
        }, cle));
        return cle.getKey().longValue();
    }

    /**
     * The progress: while the dossiers are created ({@code IMPORT}), {@code creees} counts those registered in the
     * import's transaction, not committed yet; they are shown as created only once the import is {@code TERMINE}.
     */
    void avancer(long id, StatutImport statut, int validees, int creees, int dejaPresents, Instant maintenant) {
        aPart.executeWithoutResult(status -> jdbc.update("""
                update import_lot set statut = ?, lignes_validees = ?, dossiers_crees = ?, deja_presents = ?, maj_le = ?
                where id = ?""", statut.name(), validees, creees, dejaPresents, Timestamp.from(maintenant), id));
    }

    void refuser(long id, int validees, List<ErreurLigne> erreurs, Instant maintenant) {
        aPart.executeWithoutResult(status -> {
            List<Integer> ordres = IntStream.range(0, erreurs.size()).boxed().toList();
            jdbc.batchUpdate("insert into import_lot_erreur (import_id, ordre, ligne, champ, message) values (?, ?, ?, ?, ?)",
                    ordres, 500, (insert, ordre) -> {
                        ErreurLigne erreur = erreurs.get(ordre);
                        insert.setLong(1, id);
                        insert.setInt(2, ordre);
                        insert.setInt(3, erreur.ligne());
                        insert.setString(4, erreur.champ());
                        insert.setString(5, erreur.message());
                    });
            finir(id, StatutImport.REFUSE, validees, 0, 0, "%s ligne(s) en erreur : aucun dossier n'a été créé."
                    .formatted(Libelles.nombre(erreurs.stream().map(ErreurLigne::ligne).distinct().count())),
                    maintenant);
        });
    }

    /** The end of an import, in the transaction that created its dossiers (committed with them). */
    void terminer(long id, int total, int creees, int dejaPresents, Instant maintenant) {
        finir(id, StatutImport.TERMINE, total, creees, dejaPresents,
                "%s dossier(s) créé(s), %s déjà présent(s).".formatted(Libelles.nombre(creees),
                        Libelles.nombre(dejaPresents)), maintenant);
    }

    /** Locks an import's row until the end of the caller's transaction; returns its bassin. */
    String verrouiller(long id) {
        return jdbc.queryForObject("select bassin from import_lot where id = ? for update", String.class, id);
    }

    /** Counts processes started for the import's dossiers, in the transaction that started them. */
    void compterProcedures(long id, int demarrees) {
        jdbc.update("update import_lot set procedures_demarrees = procedures_demarrees + ? where id = ?", demarrees, id);
    }

    void echouer(long id, int validees, String message, Instant maintenant) {
        aPart.executeWithoutResult(status -> finir(id, StatutImport.ECHEC, validees, 0, 0, message, maintenant));
    }

    /** Moves a waiting import to its checking; false when it is no longer waiting (declared abandoned meanwhile). */
    boolean demarrer(long id, Instant maintenant) {
        return Boolean.TRUE.equals(aPart.execute(status -> jdbc.update(
                "update import_lot set statut = ?, maj_le = ? where id = ? and statut = ?",
                StatutImport.VALIDATION.name(), Timestamp.from(maintenant), id, StatutImport.EN_ATTENTE.name()) == 1));
    }

    /** An unfinished import whose last step is older than {@code avant}: its worker stopped with the server. */
    boolean abandonne(long id, Instant avant) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select count(*) from import_lot where id = ? and maj_le < ? and statut in (?, ?, ?)""",
                (rs, i) -> rs.getInt(1) > 0, id, Timestamp.from(avant), StatutImport.EN_ATTENTE.name(),
                StatutImport.VALIDATION.name(), StatutImport.IMPORT.name()));
    }

    /**
     * Ends with {@code message} the imports the node {@code noeud} accepted and did not finish: called as it starts,
     * they are those its previous run was working or had queued when it was stopped short. Their dossiers' transaction
     * never committed: none of them exists.
     */
    int interrompre(String noeud, String message, Instant maintenant) {
        return aPart.execute(status -> jdbc.update("""
                update import_lot set statut = ?, dossiers_crees = 0, deja_presents = 0, message = ?, maj_le = ?,
                    termine_le = ?
                where noeud = ? and statut in (?, ?, ?)""", StatutImport.ECHEC.name(), message,
                Timestamp.from(maintenant), Timestamp.from(maintenant), noeud, StatutImport.EN_ATTENTE.name(),
                StatutImport.VALIDATION.name(), StatutImport.IMPORT.name()));
    }

    /** The bassin of an import, to check who may see it. */
    Optional<String> bassin(long id) {
        return jdbc.queryForList("select bassin from import_lot where id = ?", String.class, id).stream().findFirst();
    }

    Optional<ImportView> trouver(long id) {
        List<ErreurLigne> erreurs = jdbc.query(
                "select ligne, champ, message from import_lot_erreur where import_id = ? order by ordre",
                (rs, i) -> new ErreurLigne(rs.getInt("ligne"), rs.getString("champ"), rs.getString("message")), id);
        return jdbc.query("select " + COLONNES + " from import_lot where id = ?", (rs, i) -> vue(rs, erreurs), id)
                .stream().findFirst();
    }

    /** The latest imports, without their errors. */
    List<ImportView> derniers(int nombre, Optional<java.util.Set<String>> bassins) {
        List<Object> parametres = new java.util.ArrayList<>(bassins.orElse(java.util.Set.of()));
        String filtre = bassins.map(b -> " where bassin in (" + String.join(", ", java.util.Collections.nCopies(
                b.size(), "?")) + ")").orElse("");
        return jdbc.query("select " + COLONNES + " from import_lot" + filtre + " order by id desc fetch first "
                + nombre + " rows only", (rs, i) -> vue(rs, List.of()), parametres.toArray());
    }

    private void finir(long id, StatutImport statut, int validees, int creees, int dejaPresents, String message,
            Instant maintenant) {
        jdbc.update("""
                update import_lot set statut = ?, lignes_validees = ?, dossiers_crees = ?, deja_presents = ?,
                    message = ?, maj_le = ?, termine_le = ?
                where id = ?""", statut.name(), validees, creees, dejaPresents, message, Timestamp.from(maintenant),
                Timestamp.from(maintenant), id);
    }

    private static ImportView vue(ResultSet rs, List<ErreurLigne> erreurs) throws SQLException {
        StatutImport statut = StatutImport.valueOf(rs.getString("statut"));
        int total = rs.getInt("total");
        int validees = rs.getInt("lignes_validees");
        int enregistrees = rs.getInt("dossiers_crees");
        int dejaPresents = rs.getInt("deja_presents");
        Timestamp termine = rs.getTimestamp("termine_le");
        // before the end, the dossiers counted are only in the import's open transaction: none exists yet
        int creees = statut == StatutImport.TERMINE ? enregistrees : 0;
        return new ImportView(rs.getLong("id"), AvisType.valueOf(rs.getString("type")), rs.getString("fichier"),
                rs.getString("format"), statut, total, validees, creees, dejaPresents, enregistrees + dejaPresents,
                rs.getInt("procedures_demarrees"), null,
                ImportView.progression(statut, total, validees, enregistrees + dejaPresents), rs.getString("message"),
                rs.getString("depose_par"), rs.getTimestamp("depose_le").toInstant(),
                termine == null ? null : termine.toInstant(), erreurs);
    }
}
