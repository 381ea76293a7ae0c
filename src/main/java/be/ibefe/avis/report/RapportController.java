package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Perimetre;
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

    private final Perimetre perimetre;

    RapportController(RapportReponses reponses, StatistiquesService statistiques, Clock clock, Perimetre perimetre) {
        this.perimetre = perimetre;
        this.reponses = reponses;
        this.statistiques = statistiques;
        this.clock = clock;
    }

    /**
     * JSON by default; {@code format=csv}, {@code md} or {@code pdf} for the files. Over the user's bassin; for the
     * regional role over every bassin (consolidated) unless {@code bassin} names one.
     */
    @GetMapping("/activite")
    ResponseEntity<?> activite(@RequestParam(required = false) String annee,
            @RequestParam(required = false) String format, @RequestParam(required = false) String bassin) {
        perimetre.restreindre(bassin);
        return reponses.reponse(AnneeDuRapport.lire(annee, clock), format);
    }

    @GetMapping(path = "/statistiques", produces = MediaType.APPLICATION_JSON_VALUE)
    Statistiques statistiques(@RequestParam(required = false) String annee,
            @RequestParam(required = false) String bassin) {
        perimetre.restreindre(bassin);
        return statistiques.statistiques(AnneeDuRapport.lire(annee, clock));
    }
}
