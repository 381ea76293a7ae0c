package be.ibefe.avis.poles;

import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.MembreSaisi;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.poles.Saisies.ReunionSaisie;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import org.springframework.util.MultiValueMap;
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

    @GetMapping("/{id}/membres/nouveau")
    @PreAuthorize("hasRole('coordination')")
    String nouveauMembre(@PathVariable long id, Model model) {
        model.addAttribute("pole", poles.consulter(id));
        model.addAttribute("categories", CategorieMembre.values());
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of());
        }
        return "poles/membre";
    }

    /** A member the coordination adds; a pôle's member then waits for the Instance's approval. */
    @PostMapping("/{id}/membres")
    @PreAuthorize("hasRole('coordination')")
    String ajouterMembre(@PathVariable long id, @RequestParam MultiValueMap<String, String> formulaire, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        Map<String, Object> saisie = saisie(formulaire, "organisation", "representant", "categorie", "commune",
                "debut");
        List<ChampErreur> erreurs = new java.util.ArrayList<>();
        LocalDate debut = Dates.saisie(formulaire.getFirst("debut"), "debut", erreurs);
        CategorieMembre categorie = Arrays.stream(CategorieMembre.values())
                .filter(c -> c.name().equals(formulaire.getFirst("categorie"))).findFirst().orElse(null);
        try {
            PoleView pole = poles.ajouterMembre(id, new MembreSaisi(formulaire.getFirst("organisation"),
                    formulaire.getFirst("representant"), categorie, formulaire.getFirst("commune"), debut));
            redirection.addFlashAttribute("succes", pole.nature().equals(NaturePole.POLE.name())
                    ? "%s est ajouté au pôle et soumis à l'approbation de l'Instance plénière."
                            .formatted(formulaire.getFirst("organisation").trim())
                    : "%s est ajouté au groupe de travail.".formatted(formulaire.getFirst("organisation").trim()));
            return "redirect:/poles/" + id;
        } catch (DonneesInvalidesException e) {
            refus(model, response, saisie, erreurs, e);
            return nouveauMembre(id, model);
        }
    }

    @GetMapping("/{id}/reunions/nouvelle")
    @PreAuthorize("hasRole('coordination')")
    String nouvelleReunion(@PathVariable long id, Model model) {
        PoleView pole = poles.consulter(id);
        model.addAttribute("pole", pole);
        model.addAttribute("membres", pole.membres().stream().filter(m -> m.statut().equals("APPROUVE")).toList());
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of());
            model.addAttribute("presentsSaisis", List.of());
        }
        return "poles/reunion";
    }

    /**
     * A meeting held: its date, videoconference or place, agenda, the members present (ticked among those approved)
     * and its decisions, one a line, taken by consensus (004 l.37).
     */
    @PostMapping("/{id}/reunions")
    @PreAuthorize("hasRole('coordination')")
    String ajouterReunion(@PathVariable long id, @RequestParam MultiValueMap<String, String> formulaire, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        Map<String, Object> saisie = saisie(formulaire, "date", "webinaire", "lieu", "ordreDuJour", "decisions");
        List<String> presents = formulaire.getOrDefault("presents", List.of());
        List<ChampErreur> erreurs = new java.util.ArrayList<>();
        LocalDate date = Dates.saisie(formulaire.getFirst("date"), "date", erreurs);
        List<String> decisions = formulaire.getFirst("decisions") == null ? List.of()
                : formulaire.getFirst("decisions").lines().filter(l -> !l.isBlank()).toList();
        try {
            List<Long> ids = presents.stream().filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf).toList();
            poles.ajouterReunion(id, new ReunionSaisie(date, formulaire.containsKey("webinaire"),
                    formulaire.getFirst("lieu"), formulaire.getFirst("ordreDuJour"), ids, decisions));
            redirection.addFlashAttribute("succes", "Réunion du %s enregistrée, avec %d décision(s) prise(s) par "
                    .formatted(date.format(PoleView.DATE), decisions.size()) + "consensus.");
            return "redirect:/poles/" + id;
        } catch (DonneesInvalidesException e) {
            refus(model, response, saisie, erreurs, e);
            model.addAttribute("presentsSaisis", presents);
            return nouvelleReunion(id, model);
        }
    }

    private static Map<String, Object> saisie(MultiValueMap<String, String> formulaire, String... champs) {
        Map<String, Object> saisie = new HashMap<>();
        for (String champ : champs) {
            saisie.put(champ, formulaire.getFirst(champ));
        }
        return saisie;
    }

    /**
     * The form back with every error beside its field: a date that could not be read says so, instead of the
     * service's « obligatoire » for the same field.
     */
    private static void refus(Model model, HttpServletResponse response, Map<String, Object> saisie,
            List<ChampErreur> illisibles, DonneesInvalidesException e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        List<ChampErreur> erreurs = new java.util.ArrayList<>(illisibles);
        e.getErreurs().stream().filter(r -> illisibles.stream().noneMatch(i -> i.champ().equals(r.champ())))
                .forEach(erreurs::add);
        model.addAttribute("saisie", saisie);
        model.addAttribute("erreursChamps", ChampErreur.parChamp("", erreurs));
    }
}
