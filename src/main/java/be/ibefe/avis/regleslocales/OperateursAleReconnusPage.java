package be.ibefe.avis.regleslocales;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordination keeps its bassin's list of operators recognised for ALE trainings: add one, remove one; an
 * administrator chooses the bassin.
 */
@Controller
@RequestMapping("/operateurs-ale-reconnus")
@PreAuthorize("hasAnyRole('coordination', 'admin')")
class OperateursAleReconnusPage {

    private final OperateursAleReconnus operateurs;
    private final Perimetre perimetre;
    private final CurrentUser utilisateur;

    OperateursAleReconnusPage(OperateursAleReconnus operateurs, Perimetre perimetre, CurrentUser utilisateur) {
        this.operateurs = operateurs;
        this.perimetre = perimetre;
        this.utilisateur = utilisateur;
    }

    @GetMapping
    String liste(@RequestParam(required = false) String bassin, Model model) {
        List<Bassins.BassinView> modifiables = operateurs.modifiables();
        model.addAttribute("liste", operateurs.liste(bassin == null || bassin.isBlank() ? parDefaut(modifiables)
                : bassin));
        model.addAttribute("bassins", modifiables);
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of());
        }
        return "regleslocales/operateurs-ale-reconnus";
    }

    /** The user's own bassin among those he may change, else the first of them. */
    private String parDefaut(List<Bassins.BassinView> modifiables) {
        Set<String> siens = perimetre.bassinsPropres(utilisateur.login());
        return modifiables.stream().map(Bassins.BassinView::code).filter(siens::contains).findFirst()
                .or(() -> modifiables.stream().map(Bassins.BassinView::code).findFirst())
                .orElse(perimetre.defaut());
    }

    @PostMapping("/{bassin}")
    String ajouter(@PathVariable String bassin, @RequestParam(required = false) String nom,
            @RequestParam(required = false) String formations, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        try {
            ListeOperateursView.OperateurView ajoute = operateurs.ajouter(bassin, new OperateurSaisi(nom, formations));
            redirection.addFlashAttribute("succes", "« %s » ajouté à la liste du bassin de %s."
                    .formatted(ajoute.nom(), operateurs.nomDuBassin(bassin.toUpperCase(java.util.Locale.ROOT))));
            return "redirect:" + adresse(bassin);
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> saisie = new HashMap<>();
            saisie.put("nom", nom);
            saisie.put("formations", formations);
            model.addAttribute("saisie", saisie);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return liste(bassin, model);
        }
    }

    @PostMapping("/{bassin}/{id}/supprimer")
    String supprimer(@PathVariable String bassin, @PathVariable long id, RedirectAttributes redirection) {
        String nom = operateurs.supprimer(bassin, id);
        redirection.addFlashAttribute("succes", "« %s » retiré de la liste.".formatted(nom));
        return "redirect:" + adresse(bassin);
    }

    private static String adresse(String bassin) {
        return UriComponentsBuilder.fromPath("/operateurs-ale-reconnus").queryParam("bassin", bassin).encode()
                .build().toUriString();
    }
}
