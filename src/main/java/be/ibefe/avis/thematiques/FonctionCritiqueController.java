package be.ibefe.avis.thematiques;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fonctions critiques per year: everyone of the bassin reads them, the coordination maintains them. */
@RestController
@RequestMapping(path = "/api/fonctions-critiques", produces = MediaType.APPLICATION_JSON_VALUE)
class FonctionCritiqueController {

    private final FonctionsCritiques fonctions;

    FonctionCritiqueController(FonctionsCritiques fonctions) {
        this.fonctions = fonctions;
    }

    @GetMapping("/{annee}")
    List<FonctionView> liste(@PathVariable int annee) {
        return fonctions.liste(annee);
    }

    @PutMapping(path = "/{annee}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    List<FonctionView> remplacer(@PathVariable int annee, @RequestBody List<FonctionSaisie> liste) {
        return fonctions.remplacer(annee, liste);
    }
}
