package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.DossierService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service task of {@code processes/avis-import.bpmn}: starts the processes of the next dossiers of an import that
 * still wait for theirs, {@value #PAR_TRANSACTION} per transaction (the task is asynchronous, so each pass is a job of
 * its own: a failing start is retried, then raises an incident, and what was started before stays started), and
 * tells the gateway how many remain.
 */
@Component("demarrerProceduresImportees")
class DemarrerProceduresImportees implements JavaDelegate {

    static final String PROCESSUS = "avis-import";
    static final String VARIABLE_IMPORT = "importId";
    static final String VARIABLE_RESTANTES = "restantes";
    static final int PAR_TRANSACTION = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final DossierService dossiers;
    private final Imports imports;

    DemarrerProceduresImportees(NamedParameterJdbcTemplate jdbc, DossierService dossiers, Imports imports) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.imports = imports;
    }

    /** Starts the process that starts the processes of an import's dossiers, in the import's transaction. */
    static void lancer(RuntimeService runtimeService, long importId, String bassin) {
        runtimeService.startProcessInstanceByKey(PROCESSUS, cle(importId),
                Map.of(VARIABLE_IMPORT, importId, DossierService.VARIABLE_BASSIN, bassin));
    }

    /** The business key of an import's process: not a number, so that no dossier's task list join matches it. */
    static String cle(long importId) {
        return "import-" + importId;
    }

    private record EnAttente(long id, AvisType type, String bassin) {
    }

    @Override
    public void execute(DelegateExecution execution) {
        long importId = ((Number) execution.getVariable(VARIABLE_IMPORT)).longValue();
        Map<String, Object> parametres = Map.of("import", importId);
        List<EnAttente> suivants = jdbc.query("""
                select id, type, bassin from dossier where import_id = :import and procedure_en_attente = true
                order by id fetch first %d rows only""".formatted(PAR_TRANSACTION), parametres,
                (rs, i) -> new EnAttente(rs.getLong("id"), AvisType.valueOf(rs.getString("type")),
                        rs.getString("bassin")));
        if (!suivants.isEmpty()) {
            // taken first, row by row: a second job on the same import (a relaunch) waits here, then finds them taken
            int pris = jdbc.update("update dossier set procedure_en_attente = false where id in (:ids)"
                    + " and procedure_en_attente = true", Map.of("ids", suivants.stream().map(EnAttente::id).toList()));
            if (pris != suivants.size()) {
                throw new IllegalStateException("Dossiers de l'import " + importId
                        + " pris par un autre travail pendant la lecture : nouvel essai.");
            }
            for (EnAttente dossier : suivants) {
                dossiers.demarrerProcedure(dossier.id(), dossier.type(), dossier.bassin());
            }
            imports.compterProcedures(importId, suivants.size());
        }
        execution.setVariable(VARIABLE_RESTANTES, jdbc.queryForObject(
                "select count(*) from dossier where import_id = :import and procedure_en_attente = true", parametres,
                Long.class));
    }
}
