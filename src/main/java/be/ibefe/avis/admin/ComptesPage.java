package be.ibefe.avis.admin;

import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Verrouillages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Comptes »: the administrators see which logins are locked now, from which address and until when, and lift a
 * lock before its end (journaled by {@link Verrouillages#deverrouiller}). A login without an account is shown as
 * such: someone is guessing.
 */
@Controller
@RequestMapping("/admin/comptes")
@PreAuthorize("hasRole('admin')")
class ComptesPage {

    private final Verrouillages verrouillages;
    private final Comptes comptes;

    ComptesPage(Verrouillages verrouillages, Comptes comptes) {
        this.verrouillages = verrouillages;
        this.comptes = comptes;
    }

    /** A lock as the page shows it: whether its login is an account's. */
    record Ligne(Verrouillages.Verrou verrou, boolean compte) {
    }

    @GetMapping
    String liste(Model model) {
        model.addAttribute("lignes", verrouillages.enCours().stream()
                .map(v -> new Ligne(v, comptes.existe(v.login()))).toList());
        return "admin/comptes";
    }

    @PostMapping("/deverrouiller")
    String deverrouiller(@RequestParam String login, RedirectAttributes redirection) {
        if (verrouillages.deverrouiller(login)) {
            redirection.addFlashAttribute("succes", "« %s » est déverrouillé : il peut se connecter à nouveau."
                    .formatted(login));
        } else {
            redirection.addFlashAttribute("succes", "« %s » n'était plus verrouillé.".formatted(login));
        }
        return "redirect:/admin/comptes";
    }
}
