package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * The séances for the coordination: the year's calendar, a séance's presences and quorum, its agenda, the
 * deliberation of each dossier (decision, votes, déports, motivation), the Instance plénière's ratifications and
 * validations (one by one or en bloc), closing and the procès-verbal.
 */
@Controller
@RequestMapping("/seances")
@PreAuthorize("hasRole('coordination')")
class SeancePage {

    static final Locale FRANCAIS = Locale.FRENCH;

    private final SeanceService seances;
    private final DossierService dossiers;
    private final LibellesChambres libelles;
    private final Clock clock;
    private final ApprobationsPv approbationsPv;
    private final Mandats mandats;
    private final Perimetre perimetre;

    SeancePage(SeanceService seances, DossierService dossiers, LibellesChambres libelles, Clock clock,
            ApprobationsPv approbationsPv, Mandats mandats, Perimetre perimetre) {
        this.approbationsPv = approbationsPv;
        this.mandats = mandats;
        this.perimetre = perimetre;
        this.seances = seances;
        this.dossiers = dossiers;
        this.libelles = libelles;
        this.clock = clock;
    }

    /** A month of the calendar and its séances. */
    record Mois(String nom, List<SeanceResume> seances) {
    }

    @GetMapping
    String calendrier(@RequestParam(required = false) Integer annee, Model model) {
        int an = annee == null || annee < 2000 || annee > 2100 ? Year.now(clock).getValue() : annee;
        Map<Integer, List<SeanceResume>> parMois = seances.lister(an).stream()
                .collect(Collectors.groupingBy(s -> s.date().getMonthValue(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("annee", an);
        model.addAttribute("mois", parMois.entrySet().stream().map(e -> new Mois(
                LocalDate.of(an, e.getKey(), 1).getMonth().getDisplayName(TextStyle.FULL_STANDALONE, FRANCAIS),
                e.getValue())).toList());
        model.addAttribute("chambres", chambres());
        // the members of each chambre of the user's bassin today, to tick those present when the séance is created
        // (a user of several bassins creates none from this page: no bassin to take them from)
        LocalDate aujourdhui = LocalDate.now(clock);
        Optional<String> bassin = perimetre.visibles().filter(v -> v.size() == 1).map(v -> v.iterator().next());
        Map<Chambre, List<Mandat>> membres = new LinkedHashMap<>();
        for (Chambre chambre : Chambre.values()) {
            membres.put(chambre, bassin.map(b -> mandats.enCours(b, chambre, aujourdhui)).orElse(List.of()));
        }
        model.addAttribute("membres", membres);
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of("date", aujourdhui.toString()));
        }
        if (!model.containsAttribute("presentsSaisis")) {
            model.addAttribute("presentsSaisis", List.of());
        }
        return "seances/calendrier";
    }

    /** The members ticked present are those listed under the chambre chosen ({@code presents-CSEF}…). */
    @PostMapping
    String creer(@RequestParam(required = false) Chambre chambre, @RequestParam(required = false) String date,
            @RequestParam(required = false) String lieu, @RequestParam MultiValueMap<String, String> formulaire,
            Model model, HttpServletResponse response) {
        List<ChampErreur> erreurs = new ArrayList<>();
        LocalDate jour = Dates.saisie(date, "date", erreurs);
        List<String> presents = chambre == null ? List.of()
                : formulaire.getOrDefault("presents-" + chambre.name(), List.of());
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            return "redirect:/seances/" + seances.creer(new SeanceService.NouvelleSeance(chambre, jour,
                    lieu == null || lieu.isBlank() ? null : lieu.trim(), presents)).id();
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, Object> saisie = new HashMap<>();
            saisie.put("chambre", chambre);
            saisie.put("date", date);
            saisie.put("lieu", lieu);
            model.addAttribute("saisie", saisie);
            model.addAttribute("presentsSaisis", presents);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return calendrier(jour == null ? null : jour.getYear(), model);
        }
    }

    @GetMapping("/{id}")
    String seance(@PathVariable long id, Model model) {
        SeanceView seance = seances.consulter(id);
        model.addAttribute("seance", seance);
        // a séance decides and is closed from its day on: before, its agenda and presences are prepared
        model.addAttribute("tenue", !seance.date().isAfter(LocalDate.now(clock)));
        model.addAttribute("prets", seance.statut() == StatutSeance.PLANIFIEE
                ? dossiers.pretsPourSeance(seance.bassin(), seance.chambre()).stream()
                        .map(d -> new DossierPret(d.getId(), d.getReference(), d.getDemandeur().getNom(), d.getObjet()))
                        .toList()
                : List.of());
        model.addAttribute("decisions", EnumSet.complementOf(EnumSet.of(Decision.RETIRE)));
        model.addAttribute("sujetsAInscrire", seances.sujetsAInscrire(id));
        model.addAttribute("enBloc", seance.points().stream().filter(p -> p.statut() == StatutPoint.INSCRIT
                && (p.nature() == NaturePoint.RATIFICATION || p.nature() == NaturePoint.VALIDATION)).toList());
        if (!model.containsAttribute("saisies")) {
            model.addAttribute("saisies", Map.of());
        }
        if (!model.containsAttribute("saisiesSujets")) {
            model.addAttribute("saisiesSujets", Map.of());
        }
        return "seances/seance";
    }

    /** A dossier waiting for a séance of this chambre, to add to the agenda by hand. */
    record DossierPret(Long id, String reference, String demandeur, String objet) {
    }

    @PostMapping("/{id}/presences")
    String presences(@PathVariable long id, @RequestParam(name = "membresPresents", required = false)
            List<String> presents, RedirectAttributes redirection) {
        seances.marquerPresents(id, presents == null ? List.of() : presents);
        redirection.addFlashAttribute("succes", "Présences enregistrées.");
        return "redirect:/seances/" + id + "#presences";
    }

    @PostMapping("/{id}/ordre-du-jour")
    String ordreDuJour(@PathVariable long id, RedirectAttributes redirection) {
        SeanceView seance = seances.construireOrdreDuJour(id);
        redirection.addFlashAttribute("succes", "Ordre du jour construit : %d point(s).".formatted(seance.points().size()));
        return "redirect:/seances/" + id + "#ordre-du-jour";
    }

    @PostMapping("/{id}/ordre-du-jour/ajouter")
    String ajouter(@PathVariable long id, @RequestParam long dossierId, RedirectAttributes redirection) {
        seances.inscrire(id, dossierId);
        redirection.addFlashAttribute("succes", "Dossier ajouté à l'ordre du jour.");
        return "redirect:/seances/" + id + "#ordre-du-jour";
    }

    @PostMapping("/{id}/ordre-du-jour/{dossierId}/retirer")
    String retirer(@PathVariable long id, @PathVariable long dossierId, RedirectAttributes redirection) {
        seances.retirer(id, dossierId);
        redirection.addFlashAttribute("succes", "Dossier retiré de l'ordre du jour.");
        return "redirect:/seances/" + id + "#ordre-du-jour";
    }

    @PostMapping("/{id}/deliberations")
    String deliberer(@PathVariable long id, @RequestParam long dossierId,
            @RequestParam MultiValueMap<String, String> saisie, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        Decision decision = decision(saisie.getFirst("decision"));
        VotesSaisis.Comptes votes = comptes(saisie, erreurs);
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            SeanceView.PointView point = seances.deliberer(id, new SeanceService.Deliberation(dossierId, decision,
                    saisie.getFirst("motivation"), saisie.getFirst("recommandation"), null, null, null, votes,
                    null, saisie.getOrDefault("deports", List.of())));
            redirection.addFlashAttribute("succes", "Délibération enregistrée pour le dossier %s : %s."
                    .formatted(point.reference(), point.decision().libelle()));
            return "redirect:/seances/" + id + "#point-" + dossierId;
        } catch (DonneesInvalidesException e) {
            return erreurs(id, dossierId, saisie, e, model, response);
        }
    }

    @PostMapping("/{id}/ratifications")
    String ratifier(@PathVariable long id, @RequestParam long dossierId,
            @RequestParam MultiValueMap<String, String> saisie, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        String ratifiee = saisie.getFirst("ratifiee");
        List<ChampErreur> erreurs = new ArrayList<>();
        VotesSaisis.Comptes votes = comptes(saisie, erreurs);
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            SeanceView.PointView point = seances.ratifier(id, new SeanceService.Ratification(dossierId,
                    ratifiee == null || ratifiee.isBlank() ? null : Boolean.valueOf(ratifiee),
                    saisie.getFirst("motivation"), null, null, null, votes, null,
                    saisie.getOrDefault("deports", List.of())));
            redirection.addFlashAttribute("succes", "Dossier %s : %s.".formatted(point.reference(),
                    point.statut().libelle().toLowerCase(FRANCAIS)));
            return "redirect:/seances/" + id + "#point-" + dossierId;
        } catch (DonneesInvalidesException e) {
            return erreurs(id, dossierId, saisie, e, model, response);
        }
    }

    @PostMapping("/{id}/ratifications/en-bloc")
    String ratifierEnBloc(@PathVariable long id, @RequestParam MultiValueMap<String, String> saisie, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        VotesSaisis.Comptes votes = comptes(saisie, erreurs);
        List<Long> dossierIds = new ArrayList<>();
        for (String texte : saisie.getOrDefault("dossierIds", List.of())) {
            try {
                dossierIds.add(Long.valueOf(texte));
            } catch (NumberFormatException e) {
                erreurs.add(new ChampErreur("dossierIds", "« %s » n'est pas un numéro de dossier.".formatted(texte)));
            }
        }
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            seances.ratifierEnBloc(id, new SeanceService.RatificationEnBloc(dossierIds, null, null, null, votes,
                    null, saisie.getOrDefault("deports", List.of())));
            redirection.addFlashAttribute("succes", "%d point(s) confirmé(s) en bloc.".formatted(dossierIds.size()));
            return "redirect:/seances/" + id + "#ordre-du-jour";
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("saisieEnBloc", saisie);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("en-bloc-", e.getErreurs()));
            return seance(id, model);
        }
    }

    /**
     * Puts on the plénière's agenda what waits for the Instance without being a dossier, chosen in the list the page
     * proposes: {@code sujet} is « POLE-12 », « THEMATIQUES-3 » (kind and n°).
     */
    @PostMapping("/{id}/sujets")
    String inscrireSujet(@PathVariable long id, @RequestParam(required = false) String sujet,
            RedirectAttributes redirection) {
        int tiret = sujet == null ? -1 : sujet.lastIndexOf('-');
        Long objetId = null;
        if (tiret > 0) {
            try {
                objetId = Long.valueOf(sujet.substring(tiret + 1));
            } catch (NumberFormatException e) {
                objetId = null;
            }
        }
        if (objetId == null) {
            throw new DonneesInvalidesException("sujet", "Choisissez le point à inscrire dans la liste proposée.");
        }
        seances.inscrireSujet(id, new SeanceService.NouveauSujet(sujet.substring(0, tiret), objetId));
        redirection.addFlashAttribute("succes", "Point inscrit à l'ordre du jour.");
        return "redirect:/seances/" + id + "#ordre-du-jour";
    }

    @PostMapping("/{id}/sujets/{type}/{objetId}/retirer")
    String retirerSujet(@PathVariable long id, @PathVariable String type, @PathVariable long objetId,
            RedirectAttributes redirection) {
        seances.retirerSujet(id, type, objetId);
        redirection.addFlashAttribute("succes", "Point retiré de l'ordre du jour : il attend une autre séance.");
        return "redirect:/seances/" + id + "#ordre-du-jour";
    }

    /** The Instance's decision on a point that is no dossier: form of its point « sujet-{type}-{objetId} ». */
    @PostMapping("/{id}/sujets/{type}/{objetId}/decision")
    String deciderSujet(@PathVariable long id, @PathVariable String type, @PathVariable long objetId,
            @RequestParam MultiValueMap<String, String> saisie, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        String approuve = saisie.getFirst("approuve");
        VotesSaisis.Comptes votes = comptes(saisie, erreurs);
        String cle = type.toLowerCase(FRANCAIS) + "-" + objetId;
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            SeanceView.SujetView point = seances.deciderSujet(id, new SeanceService.DecisionSujet(type, objetId,
                    approuve == null || approuve.isBlank() ? null : Boolean.valueOf(approuve),
                    saisie.getFirst("motivation"), null, null, null, votes, null,
                    saisie.getOrDefault("deports", List.of())), false);
            redirection.addFlashAttribute("succes", "%s : %s.".formatted(point.libelle(),
                    point.statut().libelle().toLowerCase(FRANCAIS)));
            return "redirect:/seances/" + id + "#sujet-" + cle;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("saisiesSujets", Map.of(cle, saisie));
            model.addAttribute("erreursChamps", ChampErreur.parChamp("sujet-" + cle + "-", e.getErreurs()));
            return seance(id, model);
        }
    }

    /** The approval (or postponement) of an earlier séance's procès-verbal: form of its point « pv-{seanceId} ». */
    @PostMapping("/{id}/approbations-pv")
    String approuverPv(@PathVariable long id, @RequestParam long seanceId,
            @RequestParam MultiValueMap<String, String> saisie, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        String approuve = saisie.getFirst("approuve");
        VotesSaisis.Comptes votes = comptes(saisie, erreurs);
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            ApprobationPvView point = approbationsPv.approuver(id, new ApprobationsPv.Approbation(seanceId,
                    approuve == null || approuve.isBlank() ? null : Boolean.valueOf(approuve),
                    saisie.getFirst("corrections"), null, null, null, votes, null));
            redirection.addFlashAttribute("succes", "%s : %s.".formatted(point.libelle(),
                    point.statutLibelle().toLowerCase(FRANCAIS)));
            return "redirect:/seances/" + id + "#pv-" + seanceId;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("saisiesPv", Map.of(seanceId, saisie));
            model.addAttribute("erreursChamps", ChampErreur.parChamp("pv-" + seanceId + "-", e.getErreurs()));
            return seance(id, model);
        }
    }

    /**
     * Closing cannot be undone: the séance's button leads to this page, which says what closing does and asks to
     * confirm it; it works without JavaScript.
     */
    @GetMapping("/{id}/cloture")
    String confirmerCloture(@PathVariable long id, Model model) {
        SeanceView seance = seances.consulter(id);
        // closed, or not held yet (the séance's page says from when it can be closed)
        if (seance.statut() != StatutSeance.PLANIFIEE || seance.date().isAfter(LocalDate.now(clock))) {
            return "redirect:/seances/" + id;
        }
        model.addAttribute("seance", seance);
        return "seances/cloture";
    }

    /** Closes only with the confirmation of {@link #confirmerCloture}; without it, the confirmation is asked. */
    @PostMapping("/{id}/cloture")
    String cloturer(@PathVariable long id, @RequestParam(required = false) String confirmation,
            RedirectAttributes redirection) {
        if (!"oui".equals(confirmation)) {
            return "redirect:/seances/" + id + "/cloture";
        }
        seances.cloturer(id);
        redirection.addFlashAttribute("succes",
                "Séance clôturée : les dossiers décidés passent à la notification, les autres attendent la séance suivante.");
        return "redirect:/seances/" + id;
    }

    /**
     * The procès-verbal (HTML, or {@code ?format=pdf}) served by the API's endpoint, reached with the session of the
     * pages: the browser holds no HTTP Basic credentials to call the API itself.
     */
    @GetMapping("/{id}/proces-verbal")
    String procesVerbal(@PathVariable long id, HttpServletRequest request) {
        // an unknown séance is this page's French 404, not the API's problem+json
        seances.consulter(id);
        request.setAttribute(SeanceController.DEPUIS_LES_PAGES, Boolean.TRUE);
        return "forward:/api/seances/" + id + "/proces-verbal";
    }

    private String erreurs(long id, long dossierId, MultiValueMap<String, String> saisie, DonneesInvalidesException e,
            Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("saisies", Map.of(dossierId, saisie));
        model.addAttribute("erreursChamps", ChampErreur.parChamp("point-" + dossierId + "-", e.getErreurs()));
        return seance(id, model);
    }

    private static Decision decision(String code) {
        return EnumSet.allOf(Decision.class).stream().filter(d -> d.name().equals(code)).findFirst().orElse(null);
    }

    /** The counts typed in a point's form (pour, contre, abstentions), each empty for a consensus. */
    private static VotesSaisis.Comptes comptes(MultiValueMap<String, String> saisie, List<ChampErreur> erreurs) {
        return new VotesSaisis.Comptes(entier(saisie.getFirst("pour"), "pour", erreurs),
                entier(saisie.getFirst("contre"), "contre", erreurs),
                entier(saisie.getFirst("abstentions"), "abstentions", erreurs));
    }

    private static Integer entier(String texte, String champ, List<ChampErreur> erreurs) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(texte.trim());
        } catch (NumberFormatException e) {
            erreurs.add(new ChampErreur(champ, "« %s » n'est pas un nombre entier de votes.".formatted(texte)));
            return null;
        }
    }

    private Map<Chambre, String> chambres() {
        Map<Chambre, String> chambres = new LinkedHashMap<>();
        for (Chambre chambre : Chambre.values()) {
            chambres.put(chambre, libelles.libelle(chambre));
        }
        return chambres;
    }
}
