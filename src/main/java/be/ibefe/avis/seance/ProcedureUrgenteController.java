package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.DossierView;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcedureUrgenteController {

    private final ProcedureUrgente procedure;

    ProcedureUrgenteController(ProcedureUrgente procedure) {
        this.procedure = procedure;
    }

    @PostMapping(path = "/api/dossiers/{id}/procedure-urgente", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('bureau', 'coordination')")
    DossierView decider(@PathVariable long id, @RequestBody ProcedureUrgente.DecisionUrgente decision) {
        return procedure.decider(id, decision);
    }
}
