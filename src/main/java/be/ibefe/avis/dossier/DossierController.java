package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import java.net.URI;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierController {

    private final DossierService service;
    private final TransitionsDuDossier transitions;

    DossierController(DossierService service, TransitionsDuDossier transitions) {
        this.service = service;
        this.transitions = transitions;
    }

    /** 201 with the new dossier; 200 with the first one when its referenceExterne was already registered. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('equipe', 'coordination')")
    ResponseEntity<DossierView> enregistrer(@RequestBody NouveauDossier demande) {
        DossierService.Enregistrement enregistrement = service.enregistrer(demande);
        if (!enregistrement.nouveau()) {
            return ResponseEntity.ok(enregistrement.dossier());
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + enregistrement.dossier().id()))
                .body(enregistrement.dossier());
    }

    @GetMapping
    PagedModel<DossierResume> rechercher(@RequestParam(required = false) AvisType type,
            @RequestParam(required = false) Statut statut, @RequestParam(required = false) Integer annee,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable page) {
        return new PagedModel<>(service.rechercher(new DossierCriteres(type, statut, annee, q, null), page));
    }

    @GetMapping("/{id}")
    DossierView consulter(@PathVariable long id) {
        return service.consulter(id);
    }

    /** The analyst replaces a criterion's result, with a motivation kept in the history (who may: the service says). */
    @PostMapping(path = "/{id}/eligibilite/{code}/derogation", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierView deroger(@PathVariable long id, @PathVariable String code, @RequestBody Derogation derogation) {
        return transitions.deroger(id, code, derogation);
    }
}
