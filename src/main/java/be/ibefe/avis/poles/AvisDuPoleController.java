package be.ibefe.avis.poles;

import be.ibefe.avis.dossier.DossierView;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The coordination records, for the pôle, the avis d'opportunité it gave by consensus in its meeting. */
@RestController
class AvisDuPoleController {

    private final AvisDOpportunite avis;

    AvisDuPoleController(AvisDOpportunite avis) {
        this.avis = avis;
    }

    @PostMapping(path = "/api/dossiers/{id}/avis-du-pole", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    DossierView rendre(@PathVariable long id, @RequestBody AvisDOpportunite.AvisDuPoleSaisi saisie) {
        return avis.rendre(id, saisie);
    }
}
