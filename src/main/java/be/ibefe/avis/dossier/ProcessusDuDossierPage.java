package be.ibefe.avis.dossier;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The diagrams of a dossier's procedure for its page (read with the session of the pages, as the page's script
 * does): the BPMN of each process of the dossier and the steps done and in progress. A dossier of another bassin
 * is « introuvable » (404), like its page.
 */
@RestController
class ProcessusDuDossierPage {

    private final ProcessusDuDossier processus;

    ProcessusDuDossierPage(ProcessusDuDossier processus) {
        this.processus = processus;
    }

    @GetMapping(path = "/dossiers/{id:\\d+}/processus", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ProcessusDuDossier.Diagramme> diagrammes(@PathVariable long id) {
        return processus.diagrammes(id);
    }
}
