package be.ibefe.avis.banc;

import be.ibefe.avis.notification.ModelesLettres;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The step « produire les lettres » of the bench's bare engine ({@code banc-nu-courriels}). An instance started with
 * {@code lettres = true} gets the unavoidable work of an avis there: the two letters an équipement avis gets in the
 * application (to the applicant, and its transmission to the administration) rendered from the application's
 * templates with their sample values ({@link ModelesLettres#exemple()}), and kept in the bench's table
 * {@value #TABLE}, in the job's transaction; no dossier, history or journal. Any other instance does nothing here,
 * as the expression {@code ${true}} did. Registered by the bench only (a source of its application).
 */
public class LettresNues implements JavaDelegate {

    static final String TABLE = "banc_lettre";
    static final String VARIABLE = "lettres";
    static final List<ModelesLettres.Code> MODELES = List.of(ModelesLettres.Code.AVIS_DEMANDEUR,
            ModelesLettres.Code.TRANSMISSION_ADMINISTRATION);

    private final ModelesLettres modeles;
    private final JdbcTemplate jdbc;

    public LettresNues(ModelesLettres modeles, JdbcTemplate jdbc) {
        this.modeles = modeles;
        this.jdbc = jdbc;
    }

    /** The bench's table of the bare letters (its database is recreated at each run). */
    static void creerLaTable(JdbcTemplate jdbc) {
        jdbc.execute("create table if not exists " + TABLE
                + " (cle varchar(64) not null, modele varchar(64) not null, contenu bytea not null)");
    }

    /** The bare letters kept so far. */
    static long gardees(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from " + TABLE, Long.class);
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable(VARIABLE))) {
            return;
        }
        Map<String, Object> variables = ModelesLettres.exemple();
        for (ModelesLettres.Code modele : MODELES) {
            jdbc.update("insert into " + TABLE + " (cle, modele, contenu) values (?, ?, ?)",
                    execution.getProcessBusinessKey(), modele.name(), modeles.lettre(modele, variables));
        }
    }
}
