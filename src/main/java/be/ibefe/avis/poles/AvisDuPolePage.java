package be.ibefe.avis.poles;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordination records, from the dossier's page, the avis d'opportunité the pôle de synergies gave by consensus
 * in one of its meetings (seed 004 l.37, 44): the pôle designated, the meeting among those held since the request
 * was received, the avis and its reasons on the project's sub-regional impact. The same checks as
 * {@code POST /api/dossiers/{id}/avis-du-pole}; a refused entry comes back with each message beside its field.
 */
@Controller
@RequestMapping("/dossiers/{id:\\d+}/avis-du-pole")
@PreAuthorize("hasRole('coordination')")
class AvisDuPolePage {

    /** What a pôle may decide on an avis d'opportunité, in this order on the page. */
    static final List<Decision> DECISIONS = List.of(Decision.FAVORABLE, Decision.FAVORABLE_AVEC_RECOMMANDATION,
            Decision.DEFAVORABLE);

    private final AvisDOpportunite avis;
    private final DossierService dossiers;

    AvisDuPolePage(AvisDOpportunite avis, DossierService dossiers) {
        this.avis = avis;
        this.dossiers = dossiers;
    }

    @GetMapping
    String formulaire(@PathVariable long id, @RequestParam(required = false) String reunion, Model model) {
        AvisDOpportunite.PoleDuDossier pole = avis.enAttente(id);
        DossierView dossier = dossiers.consulter(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("pole", pole);
        model.addAttribute("reunions", avis.reunionsPossibles(id));
        model.addAttribute("decisions", DECISIONS);
        if (!model.containsAttribute("saisie")) {
            Map<String, Object> saisie = new HashMap<>();
            saisie.put("reunionId", reunion);
            model.addAttribute("saisie", saisie);
        }
        return "dossiers/avis-du-pole";
    }

    @PostMapping
    String rendre(@PathVariable long id, @RequestParam MultiValueMap<String, String> formulaire, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        String reunion = formulaire.getFirst("reunionId");
        Long reunionId = reunion != null && reunion.trim().matches("\\d{1,18}") ? Long.valueOf(reunion.trim()) : null;
        Decision decision = DECISIONS.stream().filter(d -> d.name().equals(formulaire.getFirst("decision")))
                .findFirst().orElse(null);
        try {
            avis.rendre(id, new AvisDOpportunite.AvisDuPoleSaisi(reunionId, decision, formulaire.getFirst("motivation"),
                    formulaire.getFirst("recommandation")));
            redirection.addFlashAttribute("succes", ("L'avis d'opportunité du pôle est enregistré : %s. La lettre part "
                    + "au demandeur ; l'avis est soumis à la validation de l'Instance plénière à sa prochaine séance.")
                    .formatted(decision.libelle()));
            return "redirect:/dossiers/" + id;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, Object> saisie = new HashMap<>();
            for (String champ : List.of("reunionId", "decision", "motivation", "recommandation")) {
                saisie.put(champ, formulaire.getFirst(champ));
            }
            model.addAttribute("saisie", saisie);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return formulaire(id, null, model);
        }
    }
}
