package be.ibefe.avis.tasks;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.dossier.AlerteEcheance;
import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Commentaires;
import be.ibefe.avis.dossier.Derogation;
import be.ibefe.avis.dossier.DonneesAffichees;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.Liens;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mes tâches" and the page of a task: the dossier, its criteria (with the analyst's overrides), documents,
 * comments, history, and the task's form rendered from the same {@code .form} file as Camunda Tasklist, checked by
 * the server.
 */
@Controller
class TachePages {

    static final int TAILLE_PAGE = 25;
    static final String TRI_PAR_DEFAUT = "echeance";

    private final TacheService taches;
    private final DossierService dossiers;
    private final DocumentService documents;
    private final Commentaires commentaires;
    private final CurrentUser currentUser;
    private final Clock clock;

    TachePages(TacheService taches, DossierService dossiers, DocumentService documents, Commentaires commentaires,
            CurrentUser currentUser, Clock clock) {
        this.taches = taches;
        this.dossiers = dossiers;
        this.documents = documents;
        this.commentaires = commentaires;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A line of the list: the task and how near its dossier's deadline is. */
    record Ligne(TacheView tache, AlerteEcheance alerte) {
    }

    @GetMapping("/taches")
    String liste(@RequestParam(required = false) AvisType type, @RequestParam(required = false) Statut statut,
            @RequestParam(required = false) FiltresTaches.Echeance echeance, @RequestParam(required = false) String q,
            @RequestParam(required = false) FiltresTaches.Attribution attribution,
            @RequestParam(defaultValue = TRI_PAR_DEFAUT) String sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        FiltresTaches filtres = FiltresTaches.avecTri(null, type, statut, echeance, q, attribution, sort);
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
        Map<String, String> tris = new HashMap<>();
        for (FiltresTaches.Tri tri : FiltresTaches.Tri.values()) {
            Map<String, Object> avecTri = new LinkedHashMap<>(parametres);
            avecTri.put("sort", tri == filtres.tri() && !filtres.descendant() ? tri.champ() + ",desc" : tri.champ());
            tris.put(tri.champ(), Liens.url("/taches", avecTri));
        }
        parametres.put("sort", sort);
        model.addAttribute("lignes", resultat.taches().stream().map(t -> new Ligne(t, AlerteEcheance.de(t.echeance(), aujourdhui)))
                .toList());
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
        model.addAttribute("valeurs", valeursParDefaut(taches.formulaire(tache.id())));
        return "taches/tache";
    }

    /** Completes the task with its form's fields; on an error, the page again with every typed value. */
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
        try {
            taches.terminer(id, champs, currentUser.login(), currentUser.groupes());
        } catch (DonneesInvalidesException e) {
            return erreurs(id, e, "", valeurs, model, response);
        }
        redirection.addFlashAttribute("succes", "Tâche « %s » terminée%s.".formatted(tache.nom(),
                tache.reference() == null ? "" : " pour le dossier " + tache.reference()));
        return "redirect:/taches";
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
            dossier = dossiers.deroger(tache.dossierId(), code, new Derogation(resultat, motivation));
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
        model.addAttribute("champs", taches.formulaire(id).champs());
        model.addAttribute("moi", currentUser.login());
        model.addAttribute("peutLiberer", tache.assignee() != null
                && (tache.assignee().equals(currentUser.login()) || groupes.contains(Groupes.COORDINATION)));
        if (tache.dossierId() != null) {
            DossierView dossier = dossiers.consulter(tache.dossierId());
            model.addAttribute("dossier", dossier);
            model.addAttribute("donnees", DonneesAffichees.lignes(dossier.type(), dossier.donnees()));
            model.addAttribute("documents", documents.liste(dossier.id()));
            model.addAttribute("dossierId", dossier.id());
            model.addAttribute("retour", "/taches/" + id);
            model.addAttribute("commentaires", commentaires.liste(dossier.id()));
            model.addAttribute("peutDeroger", dossier.statut() == Statut.EN_ANALYSE
                    && (groupes.contains(Groupes.EQUIPE) || groupes.contains(Groupes.COORDINATION)));
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
