package be.ibefe.avis.thematiques;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The yearly thématiques communes: everyone of the bassin reads them, the coordination carries them to the plénière. */
@RestController
@RequestMapping(path = "/api/thematiques-communes", produces = MediaType.APPLICATION_JSON_VALUE)
class ThematiquesCommunesController {

    private final ThematiquesCommunesDecisions decisions;

    ThematiquesCommunesController(ThematiquesCommunesDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping
    List<ThematiquesCommunesView> liste() {
        return decisions.liste();
    }

    @GetMapping("/{annee}")
    ThematiquesCommunesView consulter(@PathVariable int annee) {
        return decisions.consulter(annee);
    }

    @PutMapping(path = "/{annee}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ThematiquesCommunesView proposer(@PathVariable int annee,
            @RequestBody ThematiquesCommunesDecisions.Proposition proposition) {
        return decisions.proposer(annee, proposition);
    }

    @PostMapping(path = "/{annee}/inscription", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ThematiquesCommunesView inscrire(@PathVariable int annee, @RequestBody Map<String, Long> corps) {
        return decisions.inscrire(annee, corps.get("seanceId"));
    }

    @DeleteMapping("/{annee}/inscription")
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ThematiquesCommunesView retirer(@PathVariable int annee) {
        return decisions.retirer(annee);
    }

    @PostMapping(path = "/{annee}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ThematiquesCommunesView decider(@PathVariable int annee,
            @RequestBody ThematiquesCommunesDecisions.Decision decision) {
        return decisions.decider(annee, decision);
    }
}
