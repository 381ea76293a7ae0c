package be.ibefe.avis.audit;

import be.ibefe.avis.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every change to a dossier, a task, a séance, a model or the reference data, with who, when,
 * what, and the values before and after. Entries are only ever inserted, in the transaction of the change they
 * record when there is one (no change without its entry, no entry for a change that rolled back); nothing updates
 * or deletes them, and PostgreSQL refuses it outright.
 */
@Service
public class Journal {

    static final int LONGUEUR_MAX = 200_000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    public Journal(JdbcTemplate jdbc, CurrentUser currentUser, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    public record Entree(long id, Instant horodatage, String utilisateur, String action, String objet, String objetId,
            Long dossierId, String avant, String apres) {
    }

    @Transactional
    public void consigner(String action, String objet, Object objetId, Long dossierId, Object avant, Object apres) {
        jdbc.update("""
                insert into journal_audit (horodatage, utilisateur, action, objet, objet_id, dossier_id, avant, apres)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), currentUser.login(), action, objet,
                objetId == null ? null : String.valueOf(objetId), dossierId, ecrire(avant), ecrire(apres));
    }

    @Transactional(readOnly = true)
    public List<Entree> duDossier(long dossierId) {
        return jdbc.query("select * from journal_audit where dossier_id = ? order by id", (rs, i) -> entree(rs),
                dossierId);
    }

    /**
     * Every entry between two instants; with {@code bassins}, only those of dossiers of these bassins and those
     * about no dossier.
     */
    @Transactional(readOnly = true)
    public List<Entree> entre(Instant depuis, Instant jusqua, Optional<Set<String>> bassins) {
        List<Object> parametres = new ArrayList<>(List.of(Timestamp.from(depuis), Timestamp.from(jusqua)));
        String filtre = bassins.map(codes -> {
            parametres.addAll(codes);
            return " and (dossier_id is null or dossier_id in (select id from dossier where bassin in (%s)))"
                    .formatted(String.join(", ", Collections.nCopies(codes.size(), "?")));
        }).orElse("");
        return jdbc.query("select * from journal_audit where horodatage >= ? and horodatage < ?" + filtre
                + " order by id", (rs, i) -> entree(rs), parametres.toArray());
    }

    private static Entree entree(ResultSet rs) throws SQLException {
        long dossier = rs.getLong("dossier_id");
        return new Entree(rs.getLong("id"), rs.getTimestamp("horodatage").toInstant(), rs.getString("utilisateur"),
                rs.getString("action"), rs.getString("objet"), rs.getString("objet_id"),
                rs.wasNull() ? null : dossier, rs.getString("avant"), rs.getString("apres"));
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
