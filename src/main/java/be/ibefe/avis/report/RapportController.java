package be.ibefe.avis.report;

import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The activity report and the statistics, for the coordination (see SecurityConfig). */
@RestController
@RequestMapping("/api/rapports")
class RapportController {

    private final RapportReponses reponses;
    private final StatistiquesService statistiques;
    private final Clock clock;

    RapportController(RapportReponses reponses, StatistiquesService statistiques, Clock clock) {
        this.reponses = reponses;
        this.statistiques = statistiques;
        this.clock = clock;
    }

    /** JSON by default; {@code format=csv}, {@code md} or {@code pdf} for the files. */
    @GetMapping("/activite")
    ResponseEntity<?> activite(@RequestParam(required = false) String annee,
            @RequestParam(required = false) String format) {
        return reponses.reponse(AnneeDuRapport.lire(annee, clock), format);
    }

    @GetMapping(path = "/statistiques", produces = MediaType.APPLICATION_JSON_VALUE)
    Statistiques statistiques(@RequestParam(required = false) String annee) {
        return statistiques.statistiques(AnneeDuRapport.lire(annee, clock));
    }
}
