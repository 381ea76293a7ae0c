package be.ibefe.avis.poles;

import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pôles' pages: the list of the user's bassins' pôles and working groups (a coordinator proposes one there), a
 * pôle with its members, meetings, fiches projets and what the Instance decided, where a coordinator records the
 * plénière's decision.
 */
@Controller
@RequestMapping("/poles")
class PolesPage {

    private final Poles poles;

    PolesPage(Poles poles) {
        this.poles = poles;
    }

    @GetMapping
    String liste(Model model) {
        model.addAttribute("poles", poles.liste());
        model.addAttribute("natures", NaturePole.values());
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of());
        }
        return "poles/liste";
    }

    @PostMapping
    @PreAuthorize("hasRole('coordination')")
    String creer(@RequestParam(required = false) String nature, @RequestParam(required = false) String nom,
            @RequestParam(required = false) String secteur, @RequestParam(required = false) String mission,
            @RequestParam(required = false) Integer dureeMois, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        NaturePole choisie = Arrays.stream(NaturePole.values()).filter(n -> n.name().equals(nature)).findFirst()
                .orElse(null);
        try {
            PoleView pole = poles.creer(new PoleSaisi(null, choisie, nom, secteur, mission, dureeMois, List.of()));
            redirection.addFlashAttribute("succes", pole.nature().equals(NaturePole.POLE.name())
                    ? "« %s » est proposé à l'Instance plénière.".formatted(pole.nom())
                    : "Groupe de travail « %s » créé.".formatted(pole.nom()));
            return "redirect:/poles/" + pole.id();
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, Object> saisie = new HashMap<>();
            saisie.put("nature", nature);
            saisie.put("nom", nom);
            saisie.put("secteur", secteur);
            saisie.put("mission", mission);
            saisie.put("dureeMois", dureeMois);
            model.addAttribute("saisie", saisie);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return liste(model);
        }
    }

    @GetMapping("/{id}")
    String pole(@PathVariable long id, Model model) {
        model.addAttribute("pole", poles.consulter(id));
        model.addAttribute("plenieres", poles.plenieresOuvertes(id));
        return "poles/pole";
    }

    @PostMapping("/{id}/approbations/{approbation}")
    @PreAuthorize("hasRole('coordination')")
    String decider(@PathVariable long id, @PathVariable long approbation,
            @RequestParam(required = false) Long seanceId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String motivation, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        Boolean approuve = "APPROUVE".equals(decision) ? Boolean.TRUE : "REFUSE".equals(decision) ? Boolean.FALSE : null;
        try {
            PoleView.Approbation decide = poles.decider(approbation,
                    new DecisionInstanceSaisie(seanceId, approuve, motivation));
            redirection.addFlashAttribute("succes", "%s — %s.".formatted(decide.designation(), decide.statutLibelle()));
            return "redirect:/poles/" + id;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("approbationEnErreur", approbation);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return pole(id, model);
        }
    }
}
