package be.ibefe.avis.poles;

import be.ibefe.avis.poles.Saisies.ConversionSaisie;
import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.EvaluationSaisie;
import be.ibefe.avis.poles.Saisies.FinMembreSaisie;
import be.ibefe.avis.poles.Saisies.MembreSaisi;
import be.ibefe.avis.poles.Saisies.MesureSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.poles.Saisies.ReunionSaisie;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pôles de synergies and working groups: every user reads those of his bassins; the coordination records them
 * (for the Instance, its plénière and the pôles' meetings); the Bureau converts a working group and closes a pôle,
 * the coordination recording it for the Bureau as for its urgent measures.
 */
@RestController
@RequestMapping(path = "/api/poles", produces = MediaType.APPLICATION_JSON_VALUE)
class PoleController {

    private final Poles poles;

    PoleController(Poles poles) {
        this.poles = poles;
    }

    @GetMapping
    List<PoleView> liste() {
        return poles.liste();
    }

    @GetMapping("/{id}")
    PoleView consulter(@PathVariable long id) {
        return poles.consulter(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<PoleView> creer(@RequestBody PoleSaisi saisie) {
        PoleView pole = poles.creer(saisie);
        return ResponseEntity.created(URI.create("/api/poles/" + pole.id())).body(pole);
    }

    @PostMapping(path = "/{id}/conversion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('bureau', 'coordination', 'admin')")
    ResponseEntity<PoleView> convertir(@PathVariable long id, @RequestBody ConversionSaisie saisie) {
        PoleView pole = poles.convertir(id, saisie);
        return ResponseEntity.created(URI.create("/api/poles/" + pole.id())).body(pole);
    }

    @PostMapping(path = "/{id}/membres", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<PoleView> ajouterMembre(@PathVariable long id, @RequestBody MembreSaisi saisie) {
        return ResponseEntity.status(201).body(poles.ajouterMembre(id, saisie));
    }

    @PostMapping(path = "/{id}/membres/{membre}/fin", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    PoleView terminerMembre(@PathVariable long id, @PathVariable long membre, @RequestBody FinMembreSaisie saisie) {
        return poles.terminerMembre(id, membre, saisie);
    }

    @PostMapping(path = "/{id}/reunions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<PoleView> ajouterReunion(@PathVariable long id, @RequestBody ReunionSaisie saisie) {
        return ResponseEntity.status(201).body(poles.ajouterReunion(id, saisie));
    }

    @PostMapping(path = "/{id}/fiches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<PoleView> ajouterFiche(@PathVariable long id, @RequestBody FicheSaisie saisie) {
        return ResponseEntity.status(201).body(poles.ajouterFiche(id, saisie));
    }

    @PutMapping(path = "/{id}/fiches/{fiche}/indicateurs/{rang}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    PoleView mesurer(@PathVariable long id, @PathVariable long fiche, @PathVariable int rang,
            @RequestBody MesureSaisie saisie) {
        return poles.mesurer(id, fiche, rang, saisie);
    }

    @PostMapping(path = "/{id}/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    PoleView evaluer(@PathVariable long id, @RequestBody EvaluationSaisie saisie) {
        return poles.evaluer(id, saisie);
    }

    @PostMapping("/{id}/cloture")
    @PreAuthorize("hasAnyRole('bureau', 'coordination', 'admin')")
    PoleView clore(@PathVariable long id) {
        return poles.clore(id);
    }

    @GetMapping("/approbations")
    List<PoleView.Approbation> approbations() {
        return poles.approbationsEnAttente();
    }

    @PostMapping(path = "/approbations/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    PoleView.Approbation decider(@PathVariable long id, @RequestBody DecisionInstanceSaisie saisie) {
        return poles.decider(id, saisie);
    }
}
