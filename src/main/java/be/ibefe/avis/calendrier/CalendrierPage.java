package be.ibefe.avis.calendrier;

import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The bassin's calendar for the next twelve months, its milestones, and the address of one's own feed. */
@Controller
@RequestMapping("/calendrier")
@PreAuthorize("hasAnyRole('equipe', 'csef', 'bureau', 'coordination')")
class CalendrierPage {

    private final Calendriers calendriers;
    private final JetonsCalendrier jetons;
    private final CurrentUser utilisateur;
    private final Clock clock;

    CalendrierPage(Calendriers calendriers, JetonsCalendrier jetons, CurrentUser utilisateur, Clock clock) {
        this.calendriers = calendriers;
        this.jetons = jetons;
        this.utilisateur = utilisateur;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        LocalDate aujourdhui = LocalDate.now(clock);
        model.addAttribute("evenements", calendriers.duBassin(utilisateur.login(), aujourdhui, aujourdhui.plusMonths(12)));
        model.addAttribute("jalons", calendriers.jalons());
        model.addAttribute("jetonDepuis", jetons.actif(utilisateur.login()).map(j -> j.getCreeLe()
                .atZone(ClockConfig.BRUXELLES).toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .orElse(null));
        return "calendrier/calendrier";
    }

    @PostMapping("/jeton")
    String creer(RedirectAttributes redirection) {
        String jeton = jetons.creer(utilisateur.login());
        redirection.addFlashAttribute("adresse", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ical/{jeton}.ics").buildAndExpand(jeton).toUriString());
        redirection.addFlashAttribute("succes", "Nouvelle adresse créée : l'ancienne ne fonctionne plus.");
        return "redirect:/calendrier";
    }

    @PostMapping("/jeton/revocation")
    String revoquer(RedirectAttributes redirection) {
        jetons.revoquer(utilisateur.login());
        redirection.addFlashAttribute("succes", "Adresse révoquée : votre agenda ne reçoit plus ce calendrier.");
        return "redirect:/calendrier";
    }
}
