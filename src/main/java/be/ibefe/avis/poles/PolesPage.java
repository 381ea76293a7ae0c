package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.Bassins;
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
    private final AvisDOpportunite avisDOpportunite;
    private final Bassins bassins;

    PolesPage(Poles poles, AvisDOpportunite avisDOpportunite, Bassins bassins) {
        this.poles = poles;
        this.avisDOpportunite = avisDOpportunite;
        this.bassins = bassins;
    }

    /** A pôle's bassin and those associated with it, by their names: « Liège (avec Huy-Waremme) ». */
    private Map<Long, String> bassinsEnClair(List<PoleView> vues) {
        Map<String, String> noms = bassins.noms();
        Map<Long, String> textes = new HashMap<>();
        for (PoleView pole : vues) {
            String porteur = noms.getOrDefault(pole.bassin(), pole.bassin());
            textes.put(pole.id(), pole.bassinsAssocies().isEmpty() ? porteur : porteur + " (avec "
                    + String.join(", ", pole.bassinsAssocies().stream().sorted()
                            .map(code -> noms.getOrDefault(code, code)).toList()) + ")");
        }
        return textes;
    }

    @GetMapping
    String liste(Model model) {
        List<PoleView> liste = poles.liste();
        model.addAttribute("poles", liste);
        model.addAttribute("bassinsDesPoles", bassinsEnClair(liste));
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
        PoleView pole = poles.consulter(id);
        model.addAttribute("pole", pole);
        model.addAttribute("bassinsDesPoles", bassinsEnClair(List.of(pole)));
        model.addAttribute("plenieres", poles.plenieresOuvertes(id));
        // beside each meeting, the dossiers received by then that wait for the pôle's avis: it may have given it there
        List<AvisDOpportunite.DossierEnAttente> enAttente = avisDOpportunite.enAttenteDuPole(id);
        model.addAttribute("enAttente", pole.reunions().stream().collect(java.util.stream.Collectors.toMap(
                PoleView.Reunion::id, r -> enAttente.stream().filter(d -> !d.dateReception().isAfter(r.date()))
                        .toList())));
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

    @GetMapping("/{id}/fiches/nouvelle")
    @PreAuthorize("hasRole('coordination')")
    String nouvelleFiche(@PathVariable long id, Model model) {
        model.addAttribute("pole", poles.consulter(id));
        model.addAttribute("natures", NatureIndicateur.values());
        model.addAttribute("indicateursMax", Poles.INDICATEURS_MAX);
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", Map.of());
            model.addAttribute("lignes", LIGNES_INDICATEURS);
        }
        return "poles/fiche";
    }

    /**
     * A fiche projet with its indicators, one a row (a row left blank is not one); « Plus de lignes » gives the form
     * back with three more rows and nothing recorded. A number is typed the French way (« 1 250,5 »).
     */
    @PostMapping("/{id}/fiches")
    @PreAuthorize("hasRole('coordination')")
    String ajouterFiche(@PathVariable long id, @RequestParam MultiValueMap<String, String> formulaire, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        Map<String, Object> saisie = saisie(formulaire, "titre", "objectifs", "partiesPrenantes", "dureeMois",
                "publicsCibles", "description", "resultatsAttendus");
        int lignes = lignes(formulaire.getFirst("lignes"));
        for (int i = 0; i < lignes; i++) {
            for (String champ : CHAMPS_D_UN_INDICATEUR) {
                String cle = "indicateurs[%d].%s".formatted(i, champ);
                saisie.put(cle, formulaire.getFirst(cle));
            }
        }
        if (formulaire.containsKey("plusDeLignes")) {
            model.addAttribute("saisie", saisie);
            model.addAttribute("lignes", Math.min(lignes + 3, Poles.INDICATEURS_MAX));
            return nouvelleFiche(id, model);
        }
        List<ChampErreur> illisibles = new java.util.ArrayList<>();
        Integer duree = entier(formulaire.getFirst("dureeMois"), "dureeMois", "La durée", illisibles);
        // the rows typed in, each with the row it came from: the service numbers only those
        List<Integer> rangs = new java.util.ArrayList<>();
        List<FicheSaisie.IndicateurSaisi> indicateurs = new java.util.ArrayList<>();
        for (int i = 0; i < lignes; i++) {
            String prefixe = "indicateurs[%d].".formatted(i);
            List<String> valeurs = CHAMPS_D_UN_INDICATEUR.stream()
                    .map(c -> formulaire.getFirst(prefixe + c)).toList();
            if (valeurs.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            NatureIndicateur nature = Arrays.stream(NatureIndicateur.values())
                    .filter(n -> n.name().equals(valeurs.get(0))).findFirst().orElse(null);
            rangs.add(i);
            indicateurs.add(new FicheSaisie.IndicateurSaisi(nature, valeurs.get(1), valeurs.get(2),
                    nombre(valeurs.get(3), prefixe + "cible", "La cible", illisibles)));
        }
        FicheSaisie fiche = new FicheSaisie(formulaire.getFirst("titre"), formulaire.getFirst("objectifs"),
                formulaire.getFirst("partiesPrenantes"), duree, formulaire.getFirst("publicsCibles"),
                formulaire.getFirst("description"), formulaire.getFirst("resultatsAttendus"), indicateurs);
        try {
            if (!illisibles.isEmpty()) {
                // a number that could not be read: nothing recorded, every other error said with it
                throw new DonneesInvalidesException(poles.verifierFiche(id, fiche));
            }
            poles.ajouterFiche(id, fiche);
            redirection.addFlashAttribute("succes", "La fiche projet « %s » est soumise à la validation de l'Instance "
                    .formatted(formulaire.getFirst("titre").trim()) + "plénière.");
            return "redirect:/poles/" + id;
        } catch (DonneesInvalidesException e) {
            List<ChampErreur> erreurs = new java.util.ArrayList<>(illisibles);
            e.getErreurs().stream().map(r -> new ChampErreur(ligne(r.champ(), rangs), r.message()))
                    .filter(r -> illisibles.stream().noneMatch(i -> i.champ().equals(r.champ())))
                    .forEach(erreurs::add);
            // the summary lists them in the order of the fields on the page
            erreurs.sort(java.util.Comparator.comparingInt(PolesPage::ordreSurLaFiche));
            refus(model, response, saisie, List.of(), new DonneesInvalidesException(erreurs));
            model.addAttribute("lignes", lignes);
            return nouvelleFiche(id, model);
        }
    }

    /** The value an indicator of an approved fiche reached, recorded from the pôle's page. */
    @PostMapping("/{id}/fiches/{fiche}/indicateurs/{rang}")
    @PreAuthorize("hasRole('coordination')")
    String mesurer(@PathVariable long id, @PathVariable long fiche, @PathVariable int rang,
            @RequestParam(required = false) String reel, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        List<ChampErreur> illisibles = new java.util.ArrayList<>();
        java.math.BigDecimal valeur = nombre(reel, "reel", "La valeur atteinte", illisibles);
        try {
            if (!illisibles.isEmpty()) {
                throw new DonneesInvalidesException(illisibles);
            }
            PoleView pole = poles.mesurer(id, fiche, rang, new Saisies.MesureSaisie(valeur));
            PoleView.Indicateur mesure = pole.fiches().stream().filter(f -> f.id() == fiche)
                    .flatMap(f -> f.indicateurs().stream()).filter(i -> i.rang() == rang).findFirst().orElseThrow();
            redirection.addFlashAttribute("succes", "« %s » : valeur atteinte %s (cible %s)."
                    .formatted(mesure.libelle(), mesure.reelTexte(), mesure.cibleTexte()));
            return "redirect:/poles/" + id + "#fiche-" + fiche;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("mesureEnErreur", fiche + "-" + rang);
            model.addAttribute("reelSaisi", reel);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("mesure-%d-%d-".formatted(fiche, rang),
                    e.getErreurs()));
            return pole(id, model);
        }
    }

    /** Rows of indicators the form shows at first: one follow-up and one result indicator at least, and one more. */
    static final int LIGNES_INDICATEURS = 3;

    /**
     * The rows the form says it sends: at most one more than a fiche may have, so that too many rows are refused
     * naming the limit rather than cut without a word, and no typed count makes the page read rows without end.
     */
    private static int lignes(String texte) {
        try {
            return texte == null ? LIGNES_INDICATEURS
                    : Math.max(1, Math.min(Integer.parseInt(texte.trim()), Poles.INDICATEURS_MAX + 1));
        } catch (NumberFormatException e) {
            return LIGNES_INDICATEURS;
        }
    }

    private static final List<String> CHAMPS_DE_LA_FICHE = List.of("titre", "objectifs", "partiesPrenantes",
            "dureeMois", "publicsCibles", "description", "resultatsAttendus", "indicateurs");
    private static final List<String> CHAMPS_D_UN_INDICATEUR = List.of("nature", "libelle", "unite", "cible");

    /** Where the field of an error stands on the fiche's page: its texts, the indicators' rows, then the list's own. */
    private static int ordreSurLaFiche(ChampErreur erreur) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^indicateurs\\[(\\d+)]\\.(\\w+)$")
                .matcher(erreur.champ());
        if (m.matches()) {
            return 100 + Integer.parseInt(m.group(1)) * 10 + CHAMPS_D_UN_INDICATEUR.indexOf(m.group(2));
        }
        int rang = CHAMPS_DE_LA_FICHE.indexOf(erreur.champ());
        return rang == CHAMPS_DE_LA_FICHE.size() - 1 ? 10_000 : rang;
    }

    /** « indicateurs[1].cible » of the service's list is the row it came from in the form. */
    private static String ligne(String champ, List<Integer> rangs) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^indicateurs\\[(\\d+)]").matcher(champ);
        if (m.find() && Integer.parseInt(m.group(1)) < rangs.size()) {
            return "indicateurs[%d]".formatted(rangs.get(Integer.parseInt(m.group(1)))) + champ.substring(m.end());
        }
        return champ;
    }

    private static Integer entier(String texte, String champ, String nom, List<ChampErreur> erreurs) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        String chiffres = be.ibefe.avis.dossier.SaisieDossier.chiffres(texte.trim());
        if (!chiffres.matches("-?\\d{1,9}")) {
            erreurs.add(new ChampErreur(champ, "%s « %s » n'est pas un nombre entier de mois.".formatted(nom,
                    abrege(texte))));
            return null;
        }
        return Integer.valueOf(chiffres);
    }

    private static java.math.BigDecimal nombre(String texte, String champ, String nom, List<ChampErreur> erreurs) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        String chiffres = be.ibefe.avis.dossier.SaisieDossier.chiffres(texte.trim());
        if (!chiffres.matches("-?\\d{1,15}(\\.\\d{1,15})?")) {
            erreurs.add(new ChampErreur(champ, "%s « %s » n'est pas un nombre (par exemple 1 250,5).".formatted(nom,
                    abrege(texte))));
            return null;
        }
        return new java.math.BigDecimal(chiffres);
    }

    private static String abrege(String texte) {
        String net = texte.trim();
        return net.length() > 30 ? net.substring(0, 30) + "…" : net;
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
