package be.ibefe.avis.thematiques;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The list of métiers prioritaires per year: everyone reads it, the coordination maintains it. */
@RestController
@RequestMapping(path = "/api/metiers-prioritaires", produces = MediaType.APPLICATION_JSON_VALUE)
class MetierPrioritaireController {

    private final MetiersPrioritaires metiers;

    MetierPrioritaireController(MetiersPrioritaires metiers) {
        this.metiers = metiers;
    }

    @GetMapping("/{annee}")
    List<MetierView> liste(@PathVariable int annee) {
        return metiers.liste(annee);
    }

    @PutMapping(path = "/{annee}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    List<MetierView> remplacer(@PathVariable int annee, @RequestBody List<MetierSaisi> liste) {
        return metiers.remplacer(annee, liste);
    }

    @PostMapping(path = "/{annee}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<MetierView> ajouter(@PathVariable int annee, @RequestBody MetierSaisi metier) {
        return ResponseEntity.status(201).body(metiers.ajouter(annee, metier));
    }

    @DeleteMapping("/{annee}/{id}")
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<Void> supprimer(@PathVariable int annee, @PathVariable long id) {
        metiers.supprimer(annee, id);
        return ResponseEntity.noContent().build();
    }
}
