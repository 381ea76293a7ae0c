package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Liens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossiers in the pages: the list with its counts per status, a dossier's page (timeline, decision, documents,
 * comments) and, for the coordination, the "nouveau dossier" form of each type for requests that come by mail.
 */
@Controller
class DossierPage {

    static final int TAILLE_PAGE = 25;

    private final DossierService service;
    private final NouveauDossierValidator validator;
    private final ComptageDossiers comptage;
    private final Commentaires commentaires;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Perimetre perimetre;
    private final IdentitesBassins identites;

    DossierPage(DossierService service, NouveauDossierValidator validator, ComptageDossiers comptage,
            Commentaires commentaires, ObjectMapper objectMapper, Clock clock, Perimetre perimetre,
            IdentitesBassins identites) {
        this.identites = identites;
        this.perimetre = perimetre;
        this.service = service;
        this.validator = validator;
        this.comptage = comptage;
        this.commentaires = commentaires;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    record Ligne(DossierResume dossier, AlerteEcheance alerte) {
    }

    /** A status with its count and the list's address filtered on it. */
    record CompteStatut(Statut statut, long nombre, String url) {
    }

    @GetMapping("/dossiers")
    String liste(@RequestParam(required = false) AvisType type, @RequestParam(required = false) Statut statut,
            @RequestParam(required = false) Integer annee, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean enRetard, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String bassin, @RequestParam(required = false) String sort, Model model) {
        // a user of several bassins (the regional role) may look at one of them
        Perimetre.ChoixBassin choix = perimetre.choisir(bassin);
        String choisi = choix.choisi();
        model.addAttribute("bassins", choix.proposes());
        // the « Bassin » column names each bassin (sorted on its code, as the references are)
        model.addAttribute("nomsDesBassins", choix.proposes().stream()
                .collect(Collectors.toMap(Bassins.BassinView::code, Bassins.BassinView::nom)));
        model.addAttribute("bassin", choisi);
        LocalDate aujourdhui = LocalDate.now(clock);
        DossierCriteres criteres = new DossierCriteres(type, statut, annee, q, enRetard ? aujourdhui : null);
        TriDossiers.Choix tri = TriDossiers.lire(sort);
        int numero = Math.max(page, 0);
        // the counts per status give the list's total: no second count over every dossier in view
        Map<Statut, Long> parStatut = comptage.parStatut(criteres.tousStatuts());
        long total = statut == null ? parStatut.values().stream().mapToLong(Long::longValue).sum()
                : parStatut.getOrDefault(statut, 0L);
        Page<DossierResume> resultat = service.rechercher(criteres, PageRequest.of(numero, TAILLE_PAGE, tri.ordre()),
                total);
        Map<String, Object> parametres = new LinkedHashMap<>();
        parametres.put("type", type);
        parametres.put("annee", annee);
        parametres.put("q", q);
        parametres.put("enRetard", enRetard ? true : null);
        parametres.put("bassin", choisi);
        model.addAttribute("comptes", Arrays.stream(Statut.values()).map(s -> {
            Map<String, Object> filtre = new LinkedHashMap<>(parametres);
            filtre.put("statut", s);
            filtre.put("sort", tri.valeur());
            return new CompteStatut(s, parStatut.getOrDefault(s, 0L), Liens.url("/dossiers", filtre));
        }).toList());
        model.addAttribute("totalTousStatuts", parStatut.values().stream().mapToLong(Long::longValue).sum());
        parametres.put("statut", statut);
        Map<String, String> tris = new HashMap<>();
        for (TriDossiers colonne : TriDossiers.values()) {
            Map<String, Object> avecTri = new LinkedHashMap<>(parametres);
            avecTri.put("sort", tri.suivant(colonne.champ()));
            tris.put(colonne.champ(), Liens.url("/dossiers", avecTri));
        }
        model.addAttribute("tris", tris);
        model.addAttribute("tri", tri);
        parametres.put("sort", tri.valeur());
        Map<String, Object> sansStatut = new LinkedHashMap<>(parametres);
        sansStatut.remove("statut");
        model.addAttribute("tous", Liens.url("/dossiers", sansStatut));
        for (ExportDossiers.Format format : ExportDossiers.Format.values()) {
            Map<String, Object> export = new LinkedHashMap<>(parametres);
            export.put("format", format);
            model.addAttribute("export" + format, Liens.url("/dossiers/export", export));
        }
        model.addAttribute("precedente", resultat.hasPrevious() ? page(parametres, numero - 1) : null);
        model.addAttribute("suivante", resultat.hasNext() ? page(parametres, numero + 1) : null);
        model.addAttribute("lignes", resultat.getContent().stream()
                .map(d -> new Ligne(d, d.statut().termine() ? null
                        : AlerteEcheance.de(d.echeance(), aujourdhui))).toList());
        model.addAttribute("total", resultat.getTotalElements());
        model.addAttribute("criteres", criteres);
        model.addAttribute("enRetard", enRetard);
        model.addAttribute("types", AvisType.values());
        model.addAttribute("statuts", Statut.values());
        model.addAttribute("exportMax", ExportDossiers.LIGNES_MAX);
        return "dossiers/liste";
    }

    /**
     * The list as a file, with the page's filters and order: CSV or XLSX, French headers and labels. Longer than
     * the export holds, the list comes back with why.
     */
    @GetMapping("/dossiers/export")
    ResponseEntity<byte[]> exporter(@RequestParam ExportDossiers.Format format,
            @RequestParam(required = false) AvisType type, @RequestParam(required = false) Statut statut,
            @RequestParam(required = false) Integer annee, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean enRetard, @RequestParam(required = false) String bassin,
            @RequestParam(required = false) String sort) {
        perimetre.choisir(bassin);
        DossierCriteres criteres = new DossierCriteres(type, statut, annee, q, enRetard ? LocalDate.now(clock) : null);
        Page<DossierResume> dossiers = service.rechercher(criteres,
                PageRequest.of(0, ExportDossiers.LIGNES_MAX + 1, TriDossiers.lire(sort).ordre()));
        ExportDossiers.verifierTaille(dossiers.getTotalElements());
        String nom = "dossiers-" + LocalDate.now(clock) + "." + format.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nom).build()
                        .toString())
                .body(format.ecrire(dossiers.getContent()));
    }

    private static String page(Map<String, Object> parametres, int page) {
        Map<String, Object> avecPage = new LinkedHashMap<>(parametres);
        avecPage.put("page", page);
        return Liens.url("/dossiers", avecPage);
    }

    @GetMapping("/dossiers/{id:\\d+}")
    String dossier(@PathVariable long id, Model model) {
        DossierView dossier = service.consulter(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("donnees", DonneesAffichees.lignes(dossier.type(), dossier.donnees()));
        model.addAttribute("commentaires", commentaires.liste(id));
        model.addAttribute("alerte", dossier.statut().termine() ? null
                : AlerteEcheance.de(dossier.echeance(), LocalDate.now(clock)));
        // what keeps its avis from reaching the administration by e-mail, and who may fix it
        model.addAttribute("destinataire", identites.lacune(dossier.bassin(), dossier.type()).orElse(null));
        model.addAttribute("bassinModifiable", identites.peutModifier(dossier.bassin()));
        return "dossiers/dossier";
    }

    @GetMapping("/dossiers/nouveau")
    String nouveau(@RequestParam(required = false) AvisType type, Model model) {
        model.addAttribute("types", AvisType.values());
        if (type == null) {
            return "dossiers/choix-type";
        }
        ObjectNode demande = objectMapper.createObjectNode();
        demande.put("dateReception", LocalDate.now(clock).toString());
        return formulaire(type, demande, objectMapper.createObjectNode(), Map.of(), model);
    }

    /**
     * Registers the request, or shows the form again: with a row added to or removed from a list ({@code action}
     * {@code ajouter:chemin} or {@code retirer:chemin:index}), or with the errors beside their fields.
     */
    @PostMapping("/dossiers/nouveau")
    String enregistrer(@RequestParam AvisType type, @RequestParam(required = false) String action,
            @RequestParam MultiValueMap<String, String> saisie, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        ObjectNode donnees = SaisieDossier.donnees(type, saisie);
        List<ChampErreur> erreurs = new ArrayList<>();
        ObjectNode demande = demande(type, saisie, erreurs);
        if (action != null && !action.isBlank()) {
            String[] parties = action.split(":");
            SaisieDossier.modifierLignes(donnees, parties[1], parties.length > 2 ? Integer.valueOf(parties[2]) : null);
            return formulaire(type, demande, donnees, Map.of(), model);
        }
        demande.set("donnees", donnees);
        try {
            NouveauDossier nouveau = objectMapper.treeToValue(demande, NouveauDossier.class);
            if (!erreurs.isEmpty()) {
                validator.valider(nouveau);
                throw new DonneesInvalidesException(erreurs);
            }
            DossierService.Enregistrement enregistrement = service.enregistrer(nouveau);
            redirection.addFlashAttribute("succes", enregistrement.nouveau()
                    ? "Dossier %s enregistré : sa procédure a démarré.".formatted(enregistrement.dossier().reference())
                    : "Cette référence externe était déjà enregistrée : voici le dossier %s."
                            .formatted(enregistrement.dossier().reference()));
            return "redirect:/dossiers/" + enregistrement.dossier().id();
        } catch (DonneesInvalidesException e) {
            erreurs.addAll(e.getErreurs());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Demande illisible malgré le formulaire", e);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formulaire(type, demande, donnees, ChampErreur.parChamp("", erreurs), model);
    }

    /**
     * The request's fields outside {@code donnees}, as the API receives them; a date that does not read is reported
     * here and left out.
     */
    private ObjectNode demande(AvisType type, MultiValueMap<String, String> saisie, List<ChampErreur> erreurs) {
        ObjectNode demande = objectMapper.createObjectNode();
        demande.put("type", type.name());
        ObjectNode demandeur = demande.putObject("demandeur");
        texte(saisie, "demandeur.nom").ifPresent(v -> demandeur.put("nom", v));
        texte(saisie, "demandeur.categorie").filter(v -> Arrays.stream(CategorieDemandeur.values())
                .anyMatch(c -> c.name().equals(v))).ifPresent(v -> demandeur.put("categorie", v));
        texte(saisie, "demandeur.bce").ifPresent(v -> demandeur.put("bce", v));
        texte(saisie, "demandeur.email").ifPresent(v -> demandeur.put("email", v));
        List<String> parties = List.of("rue", "codePostal", "localite");
        if (parties.stream().anyMatch(p -> texte(saisie, "demandeur.adresse." + p).isPresent())) {
            ObjectNode adresse = demandeur.putObject("adresse");
            parties.forEach(p -> texte(saisie, "demandeur.adresse." + p).ifPresent(v -> adresse.put(p, v)));
        }
        texte(saisie, "objet").ifPresent(v -> demande.put("objet", v));
        texte(saisie, "referenceExterne").ifPresent(v -> demande.put("referenceExterne", v));
        for (String champ : List.of("dateReception", "echeance")) {
            texte(saisie, champ).ifPresent(v -> {
                try {
                    demande.put(champ, LocalDate.parse(v).toString());
                } catch (DateTimeParseException e) {
                    erreurs.add(new ChampErreur(champ, "Date « %s » invalide : une date réelle au format AAAA-MM-JJ "
                            .formatted(v) + "est attendue (ex. 2024-03-26)."));
                }
            });
        }
        return demande;
    }

    private static Optional<String> texte(MultiValueMap<String, String> saisie, String nom) {
        return Optional.ofNullable(saisie.getFirst(nom)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private String formulaire(AvisType type, ObjectNode demande, ObjectNode donnees, Map<String, String> erreurs,
            Model model) {
        model.addAttribute("type", type);
        model.addAttribute("demande", demande);
        model.addAttribute("blocs", SaisieDossier.blocs(type, donnees));
        model.addAttribute("categories", CategorieDemandeur.values());
        model.addAttribute("erreursChamps", erreurs);
        return "dossiers/nouveau";
    }
}
