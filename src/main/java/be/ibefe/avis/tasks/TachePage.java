package be.ibefe.avis.tasks;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.dossier.AlerteEcheance;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Commentaires;
import be.ibefe.avis.dossier.Derogation;
import be.ibefe.avis.dossier.DonneesAffichees;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.Liens;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.math.BigDecimal;
import be.ibefe.avis.system.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Mes tâches" and the page of a task: the dossier, its criteria (with the analyst's overrides), documents,
 * comments, history, and the task's form rendered from the same {@code .form} file as Camunda Tasklist, checked by
 * the server.
 */
@Controller
class TachePage {

    static final int TAILLE_PAGE = 25;
    static final String TRI_PAR_DEFAUT = "echeance";

    private final TacheService taches;
    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final DocumentService documents;
    private final Commentaires commentaires;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Brouillons brouillons;
    private final TerminaisonEnLot enLot;

    TachePage(TacheService taches, DossierService dossiers, TransitionsDuDossier transitions,
            DocumentService documents, Commentaires commentaires, CurrentUser currentUser, Clock clock,
            Brouillons brouillons, TerminaisonEnLot enLot) {
        this.brouillons = brouillons;
        this.enLot = enLot;
        this.taches = taches;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.documents = documents;
        this.commentaires = commentaires;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A line of the list: the task, how near its dossier's deadline is, the day the task is due and the day its
     * holder is reminded (Brussels days of the engine's moments), and how near the task's due day is.
     */
    record Ligne(TacheView tache, AlerteEcheance alerte, LocalDate aTraiterLe, LocalDate relanceLe,
            AlerteEcheance alerteTache) {

        static Ligne de(TacheView tache, LocalDate aujourdhui) {
            LocalDate aTraiterLe = jour(tache.echeanceTache());
            return new Ligne(tache, AlerteEcheance.de(tache.echeance(), aujourdhui), aTraiterLe,
                    jour(tache.relanceLe()), AlerteEcheance.de(aTraiterLe, aujourdhui));
        }

        private static LocalDate jour(Instant moment) {
            return moment == null ? null : moment.atZone(ClockConfig.BRUXELLES).toLocalDate();
        }
    }

    @GetMapping("/taches")
    String liste(@RequestParam(required = false) AvisType type, @RequestParam(required = false) Statut statut,
            @RequestParam(required = false) FiltresTaches.Echeance echeance, @RequestParam(required = false) String q,
            @RequestParam(required = false) FiltresTaches.Attribution attribution,
            @RequestParam(required = false) FiltresTaches.Echeance echeanceTache,
            @RequestParam(defaultValue = TRI_PAR_DEFAUT) String sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        FiltresTaches filtres = FiltresTaches.avecTri(null, type, statut, echeance, q, attribution, sort)
                .avecEcheanceTache(echeanceTache);
        int numero = Math.max(page, 0);
        TacheService.PageTaches resultat = taches.taches(currentUser.login(), currentUser.groupes(), filtres, numero,
                TAILLE_PAGE);
        LocalDate aujourdhui = LocalDate.now(clock);
        Map<String, Object> parametres = new LinkedHashMap<>();
        parametres.put("type", type);
        parametres.put("statut", statut);
        parametres.put("echeance", echeance);
        parametres.put("q", q);
        parametres.put("attribution", attribution);
        parametres.put("echeanceTache", echeanceTache);
        Map<String, String> tris = new HashMap<>();
        for (FiltresTaches.Tri tri : FiltresTaches.Tri.values()) {
            Map<String, Object> avecTri = new LinkedHashMap<>(parametres);
            avecTri.put("sort", tri == filtres.tri() && !filtres.descendant() ? tri.champ() + ",desc" : tri.champ());
            tris.put(tri.champ(), Liens.url("/taches", avecTri));
        }
        parametres.put("sort", sort);
        model.addAttribute("lignes", resultat.taches().stream().map(t -> Ligne.de(t, aujourdhui)).toList());
        model.addAttribute("total", resultat.total());
        model.addAttribute("page", numero);
        model.addAttribute("pages", Math.max(1, (resultat.total() + TAILLE_PAGE - 1) / TAILLE_PAGE));
        model.addAttribute("ici", pageDeListe(parametres, numero));
        model.addAttribute("precedente", numero > 0 ? pageDeListe(parametres, numero - 1) : null);
        model.addAttribute("suivante", (long) (numero + 1) * TAILLE_PAGE < resultat.total()
                ? pageDeListe(parametres, numero + 1) : null);
        model.addAttribute("tris", tris);
        model.addAttribute("filtres", filtres);
        model.addAttribute("types", AvisType.values());
        model.addAttribute("statuts", Statut.values());
        model.addAttribute("echeances", FiltresTaches.Echeance.values());
        model.addAttribute("attributions", FiltresTaches.Attribution.values());
        model.addAttribute("moi", currentUser.login());
        return "taches/liste";
    }

    private static String pageDeListe(Map<String, Object> parametres, int page) {
        Map<String, Object> avecPage = new LinkedHashMap<>(parametres);
        avecPage.put("page", page == 0 ? null : page);
        return Liens.url("/taches", avecPage);
    }

    @PostMapping("/taches/{id}/prendre")
    String prendre(@PathVariable String id, @RequestParam(required = false) String retour) {
        // the way back is settled before the action: nothing in it may fail once the task changed hands
        String suite = Liens.retour(retour, "/taches/" + id);
        taches.prendre(id, currentUser.login(), currentUser.groupes());
        return "redirect:" + suite;
    }

    @PostMapping("/taches/{id}/liberer")
    String liberer(@PathVariable String id, @RequestParam(required = false) String retour) {
        // the way back is settled before the action: nothing in it may fail once the task changed hands
        String suite = Liens.retour(retour, "/taches/" + id);
        taches.liberer(id, currentUser.login(), currentUser.groupes());
        return "redirect:" + suite;
    }

    @GetMapping("/taches/{id}")
    String tache(@PathVariable String id, Model model) {
        TacheView tache = afficher(id, model);
        Optional<Brouillons.Brouillon> brouillon = brouillons.lire(tache.id(), currentUser.login());
        model.addAttribute("valeurs", brouillon.map(Brouillons.Brouillon::valeurs)
                .orElseGet(() -> valeursParDefaut(taches.formulaire(tache.id()))));
        model.addAttribute("brouillonDu", brouillon.map(Brouillons.Brouillon::enregistreLe).orElse(null));
        return "taches/tache";
    }

    /**
     * Saves what the user typed as his draft of the task, without checking it against the form: he finishes it
     * later. Only the form's own fields are kept.
     */
    @PostMapping("/taches/{id}/brouillon")
    String enregistrerBrouillon(@PathVariable String id, @RequestParam MultiValueMap<String, String> saisie,
            Model model, HttpServletResponse response, RedirectAttributes redirection) {
        TacheView tache = taches.consulter(id, currentUser.login(), currentUser.groupes());
        Map<String, Object> valeurs = new HashMap<>();
        for (ChampFormulaire champ : taches.formulaire(id).champs()) {
            lire(champ, saisie.getFirst(champ.cle()), JsonNodeFactory.instance.objectNode(), valeurs);
        }
        try {
            brouillons.enregistrer(tache.id(), currentUser.login(), valeurs);
        } catch (DonneesInvalidesException e) {
            return erreurs(id, e, "", valeurs, model, response);
        }
        redirection.addFlashAttribute("succes", "Brouillon enregistré : vous le retrouverez en rouvrant la tâche.");
        return "redirect:/taches/" + id;
    }

    /**
     * The batch chosen in the list: its tasks and, once, the form of their kind. A batch too large, of several kinds
     * or empty goes back to the list with why.
     */
    @GetMapping("/taches/lot")
    String lot(@RequestParam(required = false) List<String> ids, Model model, RedirectAttributes redirection) {
        List<TacheView> vues;
        try {
            vues = enLot.preparer(ids, currentUser.login(), currentUser.groupes());
        } catch (DonneesInvalidesException e) {
            redirection.addFlashAttribute("erreur", e.getErreurs().get(0).message());
            return "redirect:/taches";
        }
        Formulaire formulaire = taches.formulaire(vues.get(0).id());
        model.addAttribute("valeurs", valeursParDefaut(formulaire));
        return pageDuLot(vues, formulaire, model);
    }

    /**
     * Completes the batch: the values are checked once against the form of its kind (refused, nothing is done and
     * the page comes back with the errors), then each task is completed on its own and the outcome of each told.
     */
    @PostMapping("/taches/lot")
    String terminerLot(@RequestParam MultiValueMap<String, String> saisie, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        TerminaisonEnLot.Selection selection;
        try {
            selection = enLot.selection(saisie.get("ids"), currentUser.login(), currentUser.groupes());
        } catch (DonneesInvalidesException e) {
            redirection.addFlashAttribute("erreur", e.getErreurs().get(0).message());
            return "redirect:/taches";
        }
        ObjectNode champs = JsonNodeFactory.instance.objectNode();
        if (!selection.vues().isEmpty()) {
            Formulaire formulaire = taches.formulaire(selection.vues().get(0).id());
            Map<String, Object> valeurs = new HashMap<>();
            for (ChampFormulaire champ : formulaire.champs()) {
                lire(champ, saisie.getFirst(champ.cle()), champs, valeurs);
            }
            try {
                formulaire.valider(champs);
            } catch (DonneesInvalidesException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
                model.addAttribute("valeurs", valeurs);
                return pageDuLot(selection.vues(), formulaire, model);
            }
        }
        List<TerminaisonEnLot.Issue> issues = enLot.terminer(saisie.get("ids"), champs, currentUser.login(),
                currentUser.groupes());
        model.addAttribute("issues", issues);
        model.addAttribute("terminees", issues.stream().filter(TerminaisonEnLot.Issue::terminee).count());
        model.addAttribute("refusees", issues.stream().filter(i -> !i.terminee()).count());
        return "taches/lot-resultat";
    }

    /**
     * « Prendre la sélection »: each ticked task taken up as its own « Prendre » would; back to the list with how many
     * were taken and, for each refused one, why; the list as it was filtered.
     */
    @PostMapping("/taches/lot/prendre")
    String prendreLot(@RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String retour, RedirectAttributes redirection) {
        String suite = "redirect:" + Liens.retour(retour, "/taches");
        List<TerminaisonEnLot.Issue> issues;
        try {
            issues = enLot.prendre(ids, currentUser.login(), currentUser.groupes());
        } catch (DonneesInvalidesException e) {
            redirection.addFlashAttribute("erreur", e.getErreurs().get(0).message());
            return suite;
        }
        long prises = issues.stream().filter(TerminaisonEnLot.Issue::terminee).count();
        redirection.addFlashAttribute("succes", "%d tâche(s) prise(s), %d refusée(s).".formatted(prises,
                issues.size() - prises));
        redirection.addFlashAttribute("refusDuLot", issues.stream().filter(i -> !i.terminee())
                .map(i -> new RefusDuLot(i.id(), i.nom(), i.reference(), i.refus())).toList());
        return suite;
    }

    /**
     * A task of the batch not taken up, as the list tells it after the redirection: a flash attribute lives in the
     * session, which is stored in the database (Spring Session JDBC), so it is serializable and carries only what the
     * page reads (not the {@link TerminaisonEnLot.Issue}'s problem+json).
     */
    record RefusDuLot(String id, String nom, String reference, String refus) implements Serializable {
    }

    /**
     * « Terminer la sélection en lot », sent with the list's form (a POST, which carries its CSRF token): the batch's
     * page, at an address of its own.
     */
    @PostMapping("/taches/lot/choix")
    String choisirLot(@RequestParam(required = false) List<String> ids) {
        return "redirect:" + UriComponentsBuilder.fromPath("/taches/lot")
                .queryParam("ids", ids == null ? List.of() : ids).encode().build().toUriString();
    }

    private String pageDuLot(List<TacheView> vues, Formulaire formulaire, Model model) {
        model.addAttribute("lot", vues);
        model.addAttribute("champs", formulaire.champs());
        model.addAttribute("tailleMax", TerminaisonEnLot.TAILLE_MAX);
        return "taches/lot";
    }

    /** The box that asks for the next task of the same kind once this one is completed. */
    static final String SUIVANTE = "_suivante";

    /**
     * Completes the task with its form's fields; on an error, the page again with every typed value. With « traiter
     * la suivante » ticked, the next task of the same kind the user may take up opens (the box stays ticked there).
     */
    @PostMapping("/taches/{id}")
    String terminer(@PathVariable String id, @RequestParam MultiValueMap<String, String> saisie, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        TacheView tache = taches.consulter(id, currentUser.login(), currentUser.groupes());
        Formulaire formulaire = taches.formulaire(id);
        Map<String, Object> valeurs = new HashMap<>();
        ObjectNode champs = JsonNodeFactory.instance.objectNode();
        for (ChampFormulaire champ : formulaire.champs()) {
            lire(champ, saisie.getFirst(champ.cle()), champs, valeurs);
        }
        boolean suivante = saisie.getFirst(SUIVANTE) != null;
        try {
            taches.terminer(id, champs, currentUser.login(), currentUser.groupes());
        } catch (DonneesInvalidesException e) {
            model.addAttribute("suivanteCochee", suivante);
            return erreurs(id, e, "", valeurs, model, response);
        }
        String terminee = "Tâche « %s » terminée%s.".formatted(tache.nom(),
                tache.reference() != null ? " pour le dossier " + tache.reference()
                        : tache.poleNom() != null ? " pour le pôle « " + tache.poleNom() + " »" : "");
        if (!suivante) {
            redirection.addFlashAttribute("succes", terminee);
            return "redirect:/taches";
        }
        Optional<TacheView> prochaine = taches.suivante(tache.cle(), currentUser.login(), currentUser.groupes());
        if (prochaine.isEmpty()) {
            redirection.addFlashAttribute("succes", terminee + " Il ne reste aucune tâche « %s » à traiter."
                    .formatted(tache.nom()));
            return "redirect:/taches";
        }
        redirection.addFlashAttribute("succes", terminee + " Voici la suivante.");
        redirection.addFlashAttribute("suivanteCochee", true);
        return "redirect:/taches/" + prochaine.get().id();
    }

    /** A checkbox is true when sent; a number that does not read as one is passed as text for the form to refuse. */
    private static void lire(ChampFormulaire champ, String brut, ObjectNode champs, Map<String, Object> valeurs) {
        if ("checkbox".equals(champ.type())) {
            boolean coche = brut != null;
            champs.put(champ.cle(), coche);
            valeurs.put(champ.cle(), coche);
            return;
        }
        if (brut == null || brut.isBlank()) {
            return;
        }
        valeurs.put(champ.cle(), brut);
        if ("number".equals(champ.type())) {
            try {
                champs.put(champ.cle(), new BigDecimal(brut.trim().replace(',', '.')));
                return;
            } catch (NumberFormatException e) {
                champs.put(champ.cle(), brut);
                return;
            }
        }
        champs.put(champ.cle(), brut);
    }

    @PostMapping("/taches/{id}/criteres/{code}/derogation")
    String deroger(@PathVariable String id, @PathVariable String code,
            @RequestParam(required = false) ResultatCritere resultat, @RequestParam(required = false) String motivation,
            Model model, HttpServletResponse response, RedirectAttributes redirection) {
        TacheView tache = taches.consulter(id, currentUser.login(), currentUser.groupes());
        DossierView dossier;
        try {
            dossier = transitions.deroger(tache.dossierId(), code, new Derogation(resultat, motivation));
        } catch (DonneesInvalidesException e) {
            Map<String, Object> saisie = new HashMap<>();
            saisie.put("resultat", resultat);
            saisie.put("motivation", motivation);
            model.addAttribute("derogationCode", code);
            return erreurs(id, e, "derogation-" + code + "-", saisie, model, response);
        }
        String critere = dossier.eligibilite().stream().filter(c -> c.code().equals(code))
                .map(DossierView.CritereView::libelle).findFirst().orElse(code);
        redirection.addFlashAttribute("succes", "Critère « %s » : dérogation enregistrée (%s)."
                .formatted(critere, Libelles.libelle(resultat)));
        return "redirect:/taches/" + id + "#criteres";
    }

    @PostMapping("/taches/{id}/commentaires")
    String commenter(@PathVariable String id, @RequestParam(required = false) String commentaire, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        TacheView tache = taches.consulter(id, currentUser.login(), currentUser.groupes());
        try {
            commentaires.ajouter(tache.dossierId(), tache.nom(), commentaire);
        } catch (DonneesInvalidesException e) {
            model.addAttribute("commentaireSaisi", commentaire);
            return erreurs(id, e, "", null, model, response);
        }
        redirection.addFlashAttribute("succes", "Commentaire ajouté.");
        return "redirect:/taches/" + id + "#commentaires";
    }

    /** The task's page again, with the errors beside their fields and what the user typed. */
    private String erreurs(String id, DonneesInvalidesException e, String prefixe, Map<String, Object> saisie,
            Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        TacheView tache = afficher(id, model);
        model.addAttribute("erreursChamps", ChampErreur.parChamp(prefixe, e.getErreurs()));
        if (prefixe.isEmpty() && saisie != null) {
            model.addAttribute("valeurs", saisie);
        } else {
            model.addAttribute("valeurs", valeursParDefaut(taches.formulaire(tache.id())));
            model.addAttribute("derogationSaisie", saisie);
        }
        return "taches/tache";
    }

    private TacheView afficher(String id, Model model) {
        List<String> groupes = currentUser.groupes();
        TacheView tache = taches.consulter(id, currentUser.login(), groupes);
        model.addAttribute("tache", tache);
        model.addAttribute("ligne", Ligne.de(tache, LocalDate.now(clock)));
        model.addAttribute("champs", taches.formulaire(id).champs());
        model.addAttribute("moi", currentUser.login());
        model.addAttribute("peutLiberer", taches.peutLiberer(tache.assignee(), currentUser.login(), groupes));
        if (tache.dossierId() != null) {
            DossierView dossier = dossiers.consulter(tache.dossierId());
            model.addAttribute("dossier", dossier);
            model.addAttribute("donnees", DonneesAffichees.lignes(dossier.type(), dossier.donnees()));
            model.addAttribute("documents", documents.liste(dossier.id()));
            model.addAttribute("dossierId", dossier.id());
            model.addAttribute("retour", "/taches/" + id);
            model.addAttribute("commentaires", commentaires.liste(dossier.id()));
            model.addAttribute("peutDeroger", transitions.peutDeroger(dossier.statut()));
            model.addAttribute("resultats", ResultatCritere.values());
            model.addAttribute("alerte", AlerteEcheance.de(dossier.echeance(), LocalDate.now(clock)));
        }
        return tache;
    }

    private static Map<String, Object> valeursParDefaut(Formulaire formulaire) {
        Map<String, Object> valeurs = new HashMap<>();
        formulaire.champs().stream().filter(c -> c.defaut() != null).forEach(c -> valeurs.put(c.cle(), c.defaut()));
        return valeurs;
    }
}
