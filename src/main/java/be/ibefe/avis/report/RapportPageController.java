package be.ibefe.avis.report;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity report as a web page (form login), from the same template as the PDF, with its downloads. */
@Controller
class RapportPageController {

    static final String CHEMIN = "/rapports/activite";

    private final RapportService rapports;
    private final RapportReponses reponses;
    private final Clock clock;

    RapportPageController(RapportService rapports, RapportReponses reponses, Clock clock) {
        this.rapports = rapports;
        this.reponses = reponses;
        this.clock = clock;
    }

    /**
     * Without a year (the menu's link, a bookmark), the page of the last complete year: the one the activity report
     * is written for.
     */
    @GetMapping(CHEMIN)
    String page(@RequestParam(required = false) String annee, Model model) {
        if (annee == null || annee.isBlank()) {
            return "redirect:" + CHEMIN + "?annee=" + (LocalDate.now(clock).getYear() - 1);
        }
        model.addAttribute("chapitre", rapports.chapitre(AnneeDuRapport.lire(annee, clock)));
        model.addAttribute("page", true);
        return RapportReponses.TEMPLATE;
    }

    @GetMapping(path = CHEMIN, params = "format")
    ResponseEntity<?> telecharger(@RequestParam(required = false) String annee, @RequestParam String format) {
        return reponses.reponse(AnneeDuRapport.lire(annee, clock), format);
    }
}
