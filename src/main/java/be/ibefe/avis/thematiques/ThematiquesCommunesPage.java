package be.ibefe.avis.thematiques;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.seance.SeanceResume;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.seance.StatutSeance;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The thématiques communes of a year: everyone of the bassin reads the proposal, its recommendations and the
 * plénière's decision; the coordination enters the working group's proposal, inscribes it at a plénière and records
 * the decision.
 */
@Controller
@RequestMapping("/thematiques-communes")
@PreAuthorize("hasAnyRole('equipe', 'csef', 'bureau', 'coordination')")
class ThematiquesCommunesPage {

    private static final Pattern LIGNE_ERREUR = Pattern.compile("metiers\\[(\\d+)](\\.\\w+)?");

    private final ThematiquesCommunesDecisions decisions;
    private final MetiersPrioritaires metiers;
    private final SeanceService seances;
    private final Clock clock;

    ThematiquesCommunesPage(ThematiquesCommunesDecisions decisions, MetiersPrioritaires metiers,
            SeanceService seances, Clock clock) {
        this.decisions = decisions;
        this.metiers = metiers;
        this.seances = seances;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer annee, Model model) {
        int an = annee == null || annee < MetiersPrioritaires.ANNEE_MIN || annee > MetiersPrioritaires.ANNEE_MAX
                ? Year.now(clock).getValue() : annee;
        Optional<ThematiquesCommunesView> thematiques = decisions.trouver(an);
        model.addAttribute("annee", an);
        model.addAttribute("thematiques", thematiques.orElse(null));
        model.addAttribute("actions", ActionOffre.values());
        List<SeanceResume> seancesDeLAnnee = seances.lister(an);
        model.addAttribute("plenieres", seancesDeLAnnee.stream()
                .filter(s -> s.chambre() == Chambre.INSTANCE_PLENIERE && s.statut() != StatutSeance.CLOTUREE).toList());
        // inscribed on the agenda of a plénière to come: it decides from its day on, the page says when
        model.addAttribute("seanceAVenir", thematiques.map(ThematiquesCommunesView::seanceId)
                .flatMap(id -> seancesDeLAnnee.stream().filter(s -> s.id().equals(id)).findFirst())
                .map(SeanceResume::date).filter(jour -> jour.isAfter(LocalDate.now(clock))).orElse(null));
        if (!model.containsAttribute("saisie")) {
            Map<String, String> saisie = new HashMap<>();
            thematiques.ifPresentOrElse(t -> {
                saisie.put("dateGroupeTravail", t.dateGroupeTravail().toString());
                saisie.put("orientation", t.recommandations().orientation());
                saisie.put("adaptationOffre", t.recommandations().adaptationOffre());
                saisie.put("stagesAlternance", t.recommandations().stagesAlternance());
                saisie.put("equipement", t.recommandations().equipement());
                saisie.put("metiers", lignes(t.metiers()));
            }, () -> saisie.put("metiers", lignes(metiers.liste(an).stream()
                    .map(m -> new MetierSaisi(m.libelle(), m.codeRome(), m.famille(), m.action())).toList())));
            model.addAttribute("saisie", saisie);
        }
        return "thematiques/thematiques-communes";
    }

    @PostMapping("/{annee}")
    @PreAuthorize("hasRole('coordination')")
    String proposer(@PathVariable int annee, @RequestParam Map<String, String> champs, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        LocalDate date = null;
        if (vide(champs.get("dateGroupeTravail")) != null) {
            try {
                date = LocalDate.parse(champs.get("dateGroupeTravail").trim());
            } catch (DateTimeParseException e) {
                erreurs.add(new ChampErreur("dateGroupeTravail", "Date invalide : choisissez-la dans le calendrier."));
            }
        }
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            decisions.proposer(annee, new ThematiquesCommunesDecisions.Proposition(date, new Recommandations(
                    champs.get("orientation"), champs.get("adaptationOffre"), champs.get("stagesAlternance"),
                    champs.get("equipement")), metiers(champs.getOrDefault("metiers", ""))));
            redirection.addFlashAttribute("succes", "Proposition des thématiques communes %d enregistrée.".formatted(annee));
            return "redirect:/thematiques-communes?annee=" + annee;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("saisie", new HashMap<>(champs));
            model.addAttribute("erreursChamps", parChamp(e.getErreurs()));
            return page(annee, model);
        }
    }

    @PostMapping("/{annee}/inscription")
    @PreAuthorize("hasRole('coordination')")
    String inscrire(@PathVariable int annee, @RequestParam(required = false) Long seanceId, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        try {
            ThematiquesCommunesView vue = decisions.inscrire(annee, seanceId);
            redirection.addFlashAttribute("succes", "Inscrites à l'ordre du jour de la séance « %s »."
                    .formatted(vue.seance()));
            return "redirect:/thematiques-communes?annee=" + annee;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return page(annee, model);
        }
    }

    @PostMapping("/{annee}/retrait")
    @PreAuthorize("hasRole('coordination')")
    String retirer(@PathVariable int annee, RedirectAttributes redirection) {
        decisions.retirer(annee);
        redirection.addFlashAttribute("succes", "Retirées de l'ordre du jour.");
        return "redirect:/thematiques-communes?annee=" + annee;
    }

    @PostMapping("/{annee}/decision")
    @PreAuthorize("hasRole('coordination')")
    String decider(@PathVariable int annee, @RequestParam Map<String, String> champs, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        Integer pour = nombre(champs, "pour", erreurs);
        Integer contre = nombre(champs, "contre", erreurs);
        Integer abstentions = nombre(champs, "abstentions", erreurs);
        Boolean validees = "oui".equals(champs.get("validees")) ? Boolean.TRUE
                : "non".equals(champs.get("validees")) ? Boolean.FALSE : null;
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            ThematiquesCommunesView vue = decisions.decider(annee, new ThematiquesCommunesDecisions.Decision(validees,
                    pour, contre, abstentions, champs.get("motivation")));
            redirection.addFlashAttribute("succes", vue.statut() == StatutThematiques.VALIDEES
                    ? "Thématiques communes %d validées : la liste des métiers prioritaires %d est celle-ci."
                            .formatted(annee, annee + 1)
                    : "Refus de la plénière enregistré.");
            return "redirect:/thematiques-communes?annee=" + annee;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("decision", champs);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return page(annee, model);
        }
    }

    /** A line per métier: « libellé ; code ROME ; famille ; action ». */
    static String lignes(List<MetierSaisi> liste) {
        return liste.stream().map(m -> String.join(" ; ", m.libelle(), m.codeRome() == null ? "" : m.codeRome(),
                m.famille() == null ? "" : m.famille(), m.action() == null ? "" : m.action().libelle()))
                .collect(Collectors.joining("\n"));
    }

    static List<MetierSaisi> metiers(String texte) {
        return texte.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] c = Arrays.copyOf(l.split(";", -1), 4);
            return new MetierSaisi(vide(c[0]), vide(c[1]) == null ? null : c[1].trim().toUpperCase(Locale.ROOT),
                    vide(c[2]), action(c[3]));
        }).toList();
    }

    private static ActionOffre action(String texte) {
        if (vide(texte) == null) {
            return null;
        }
        String cle = Normalizer.normalize(texte.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return Arrays.stream(ActionOffre.values()).filter(a -> a.name().equals(cle)).findFirst().orElse(null);
    }

    /** The errors of the métiers, said by line of the text area; the others by field. */
    private static Map<String, String> parChamp(List<ChampErreur> erreurs) {
        List<ChampErreur> parLigne = erreurs.stream().map(e -> {
            Matcher m = LIGNE_ERREUR.matcher(e.champ());
            return m.matches() ? new ChampErreur("metiers", "Ligne %d : %s".formatted(
                    Integer.parseInt(m.group(1)) + 1, e.message())) : e;
        }).toList();
        return ChampErreur.parChamp("", parLigne);
    }

    private static Integer nombre(Map<String, String> champs, String champ, List<ChampErreur> erreurs) {
        String texte = vide(champs.get(champ));
        if (texte == null) {
            return null;
        }
        try {
            return Integer.valueOf(texte);
        } catch (NumberFormatException e) {
            erreurs.add(new ChampErreur(champ, "« %s » n'est pas un nombre de voix.".formatted(texte)));
            return null;
        }
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.trim();
    }
}
