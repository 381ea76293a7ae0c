package be.ibefe.avis.thematiques;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
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

/** The coordination keeps the list of métiers prioritaires of each year: add a métier, remove one. */
@Controller
@RequestMapping("/metiers-prioritaires")
@PreAuthorize("hasRole('coordination')")
class MetiersPrioritairesPage {

    private final MetiersPrioritaires metiers;
    private final Clock clock;

    MetiersPrioritairesPage(MetiersPrioritaires metiers, Clock clock) {
        this.metiers = metiers;
        this.clock = clock;
    }

    @GetMapping
    String liste(@RequestParam(required = false) Integer annee, Model model) {
        int an = annee == null || annee < MetiersPrioritaires.ANNEE_MIN || annee > MetiersPrioritaires.ANNEE_MAX
                ? Year.now(clock).getValue() : annee;
        model.addAttribute("annee", an);
        model.addAttribute("metiers", metiers.liste(an));
        model.addAttribute("actions", ActionOffre.values());
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of());
        }
        return "thematiques/metiers-prioritaires";
    }

    @PostMapping("/{annee}")
    String ajouter(@PathVariable int annee, @RequestParam(required = false) String libelle,
            @RequestParam(required = false) String codeRome, @RequestParam(required = false) String famille,
            @RequestParam(required = false) String action, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        ActionOffre actionOffre = Arrays.stream(ActionOffre.values()).filter(a -> a.name().equals(action)).findFirst()
                .orElse(null);
        try {
            MetierView ajoute = metiers.ajouter(annee, new MetierSaisi(vide(libelle), vide(codeRome), vide(famille),
                    actionOffre));
            redirection.addFlashAttribute("succes", "« %s » ajouté à la liste %d.".formatted(ajoute.libelle(), annee));
            return "redirect:/metiers-prioritaires?annee=" + annee;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> saisie = new HashMap<>();
            saisie.put("libelle", libelle);
            saisie.put("codeRome", codeRome);
            saisie.put("famille", famille);
            saisie.put("action", action);
            model.addAttribute("saisie", saisie);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return liste(annee, model);
        }
    }

    @PostMapping("/{annee}/{id}/supprimer")
    String supprimer(@PathVariable int annee, @PathVariable long id, RedirectAttributes redirection) {
        metiers.supprimer(annee, id);
        redirection.addFlashAttribute("succes", "Métier retiré de la liste %d.".formatted(annee));
        return "redirect:/metiers-prioritaires?annee=" + annee;
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.trim();
    }
}
