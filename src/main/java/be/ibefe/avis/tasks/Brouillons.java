package be.ibefe.avis.tasks;

import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of task forms: what a user typed in a task's form, kept for him alone until he completes the task. A draft
 * is nobody's decision (the form's rules apply on completion, not here) and no official act: it is not journaled, and
 * it goes with its task (see {@link GardeDansLeMoteur}).
 */
@Component
class Brouillons {

    /** The most characters a draft's values may hold together (README, « Mes tâches »). */
    static final int CARACTERES_MAX = 100_000;

    private static final TypeReference<LinkedHashMap<String, Object>> VALEURS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    Brouillons(NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** A user's draft of a task: the form's values as he left them, and when. */
    record Brouillon(Map<String, Object> valeurs, Instant enregistreLe) {
    }

    @Transactional(readOnly = true)
    Optional<Brouillon> lire(String tacheId, String auteur) {
        return jdbc.query("select valeurs, enregistre_le from brouillon_tache where tache_id = :tache and auteur = :auteur",
                cle(tacheId, auteur), (rs, n) -> new Brouillon(lireValeurs(rs.getString("valeurs")),
                        rs.getTimestamp("enregistre_le").toInstant())).stream().findFirst();
    }

    /**
     * Saves the user's draft in place of his previous one; too long a draft is refused whole. Each statement is its
     * own transaction, so that a second save racing the first one (two tabs) finds its row after a failed insert:
     * on PostgreSQL a failed statement would leave a surrounding transaction unusable.
     */
    void enregistrer(String tacheId, String auteur, Map<String, Object> valeurs) {
        int caracteres = valeurs.values().stream().mapToInt(v -> String.valueOf(v).length()).sum();
        if (caracteres > CARACTERES_MAX) {
            throw new DonneesInvalidesException("brouillon", ("Le brouillon compte %s caractères ; il en admet au "
                    + "plus %s.").formatted(Libelles.nombre(caracteres), Libelles.nombre(CARACTERES_MAX)));
        }
        MapSqlParameterSource parametres = cle(tacheId, auteur).addValue("valeurs", ecrire(valeurs))
                .addValue("le", Timestamp.from(clock.instant()));
        String miseAJour = "update brouillon_tache set valeurs = :valeurs, enregistre_le = :le"
                + " where tache_id = :tache and auteur = :auteur";
        if (jdbc.update(miseAJour, parametres) == 0) {
            try {
                jdbc.update("insert into brouillon_tache (tache_id, auteur, valeurs, enregistre_le)"
                        + " values (:tache, :auteur, :valeurs, :le)", parametres);
            } catch (DuplicateKeyException memeInstant) {
                // the same user saved twice at once (two tabs): the later save wins, as it would one after the other
                jdbc.update(miseAJour, parametres);
            }
        }
    }

    /** Every user's draft of a task that ended; runs in the engine's transaction that ends it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void supprimer(String tacheId) {
        jdbc.update("delete from brouillon_tache where tache_id = :tache", new MapSqlParameterSource("tache", tacheId));
    }

    private static MapSqlParameterSource cle(String tacheId, String auteur) {
        return new MapSqlParameterSource("tache", tacheId).addValue("auteur", auteur);
    }

    private String ecrire(Map<String, Object> valeurs) {
        try {
            return objectMapper.writeValueAsString(valeurs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> lireValeurs(String json) {
        try {
            return objectMapper.readValue(json, VALEURS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
