package be.ibefe.avis.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final CurrentUser currentUser;

    HomePage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * Everyone who works on tasks ({@link Groupes#TACHES}, as SecurityConfig guards their pages) starts from his task
     * list; the regional role, which has none, from the dossiers of every bassin; an administrator with no other
     * group, from the process models.
     */
    @GetMapping("/")
    String accueil() {
        List<String> groupes = currentUser.groupes();
        if (Arrays.stream(Groupes.TACHES).anyMatch(groupes::contains)) {
            return "redirect:/taches";
        }
        if (groupes.contains(Groupes.REGIONAL)) {
            return "redirect:/dossiers";
        }
        return groupes.contains(Groupes.ADMIN) ? "redirect:/admin/processus" : "redirect:/camunda/app/";
    }
}
