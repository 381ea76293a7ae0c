package be.ibefe.avis.seance;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The coordination records what a séance did with the procès-verbal of an earlier séance of its body. */
@RestController
@RequestMapping(path = "/api/seances", produces = MediaType.APPLICATION_JSON_VALUE)
class ApprobationPvController {

    private final ApprobationsPv approbations;

    ApprobationPvController(ApprobationsPv approbations) {
        this.approbations = approbations;
    }

    @PostMapping(path = "/{id}/approbations-pv", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    ApprobationPvView approuver(@PathVariable long id, @RequestBody ApprobationsPv.Approbation approbation) {
        return approbations.approuver(id, approbation);
    }
}
