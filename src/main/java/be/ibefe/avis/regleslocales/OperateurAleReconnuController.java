package be.ibefe.avis.regleslocales;

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

/**
 * A bassin's operators recognised for ALE trainings: whoever sees the bassin reads the list, its coordination (an
 * administrator for every bassin) keeps it.
 */
@RestController
@RequestMapping(path = "/api/operateurs-ale-reconnus", produces = MediaType.APPLICATION_JSON_VALUE)
class OperateurAleReconnuController {

    private final OperateursAleReconnus operateurs;

    OperateurAleReconnuController(OperateursAleReconnus operateurs) {
        this.operateurs = operateurs;
    }

    @GetMapping("/{bassin}")
    ListeOperateursView liste(@PathVariable String bassin) {
        return operateurs.liste(bassin);
    }

    @PutMapping(path = "/{bassin}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ListeOperateursView remplacer(@PathVariable String bassin, @RequestBody List<OperateurSaisi> liste) {
        return operateurs.remplacer(bassin, liste);
    }

    @PostMapping(path = "/{bassin}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<ListeOperateursView.OperateurView> ajouter(@PathVariable String bassin,
            @RequestBody OperateurSaisi operateur) {
        return ResponseEntity.status(201).body(operateurs.ajouter(bassin, operateur));
    }

    @DeleteMapping("/{bassin}/{id}")
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<Void> supprimer(@PathVariable String bassin, @PathVariable long id) {
        operateurs.supprimer(bassin, id);
        return ResponseEntity.noContent().build();
    }
}
