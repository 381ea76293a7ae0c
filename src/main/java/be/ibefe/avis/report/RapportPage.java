package be.ibefe.avis.report;

import be.ibefe.avis.system.Liens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity report as a web page (form login), from the same template as the PDF, with its downloads. */
@Controller
class RapportPage {

    static final String CHEMIN = "/rapports/activite";

    private final RapportService rapports;
    private final RapportReponses reponses;
    private final ChoixDuRapport choix;

    RapportPage(RapportService rapports, RapportReponses reponses, ChoixDuRapport choix) {
        this.rapports = rapports;
        this.reponses = reponses;
        this.choix = choix;
    }

    /**
     * Without a year (the menu's link, a bookmark), the current year when it has dossiers, else the last one that
     * has; a user who sees several bassins chooses one of them or all.
     */
    @GetMapping(CHEMIN)
    String page(@RequestParam(required = false) String annee, @RequestParam(required = false) String bassin,
            Model model) {
        int an = choix.choisir(annee, bassin, model);
        model.addAttribute("chapitre", rapports.chapitre(an));
        model.addAttribute("page", true);
        Map<String, String> telechargements = new LinkedHashMap<>();
        for (String format : List.of("pdf", "csv", "md")) {
            Map<String, Object> parametres = new LinkedHashMap<>();
            parametres.put("annee", an);
            parametres.put("bassin", model.getAttribute("bassin"));
            parametres.put("format", format);
            telechargements.put(format, Liens.url(CHEMIN, parametres));
        }
        model.addAttribute("telechargements", telechargements);
        return RapportReponses.TEMPLATE;
    }

    @GetMapping(path = CHEMIN, params = "format")
    ResponseEntity<?> telecharger(@RequestParam(required = false) String annee, @RequestParam String format,
            @RequestParam(required = false) String bassin, Model model) {
        return reponses.reponse(choix.choisir(annee, bassin, model), format);
    }
}
