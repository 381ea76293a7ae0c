package be.ibefe.avis.bassin;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.StatutsDesErreurs;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The « Bassin » page: the coordination of a bassin (an administrator for any, the regional role reading) sees and
 * edits what its letters print about it — official name, names of its bodies, address, place of signature, logo,
 * signatories — and what is still missing.
 */
@Controller
@RequestMapping("/bassin")
@PreAuthorize("hasAnyRole('coordination', 'admin', 'regional')")
class BassinPage {

    /** Empty signatory rows offered below the existing ones (more after saving). */
    static final int LIGNES_VIDES = 3;

    private final IdentitesBassins identites;
    private final Bassins bassins;
    private final Perimetre perimetre;

    BassinPage(IdentitesBassins identites, Bassins bassins, Perimetre perimetre) {
        this.identites = identites;
        this.bassins = bassins;
        this.perimetre = perimetre;
    }

    /** A signatory row as typed (dates as text, so that a wrong one comes back as it was typed). */
    public record Ligne(String organe, String nom, String fonction, String debut, String fin) {
        boolean vide() {
            return List.of(organe, nom, fonction, debut, fin).stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** The administration of one type of avis as typed; a line whose three fields are empty names none. */
    public record LigneAdministration(String type, String nom, String adresse, String courriel) {
        boolean vide() {
            return List.of(nom, adresse, courriel).stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    public record Formulaire(String version, String nom, String nomOfficiel, String libelleCsef, String libelleBureau,
            String libellePleniere, String libelleCafe, String libelleEnseignement, String adresse, String lieuSignature, List<Ligne> signataires,
            List<LigneAdministration> administrations) {
    }

    @GetMapping
    String page(@RequestParam(required = false) String code, Model model) {
        String choisi = code != null && !code.isBlank() ? code : perimetre.visibles()
                .filter(v -> v.size() == 1).map(v -> v.iterator().next()).orElse(perimetre.defaut());
        model.addAttribute("referentiel", identites.estAdministrateur() ? bassins.referentiel() : List.of());
        if (choisi == null) {
            // a fresh installation: no bassin served yet, the administrator activates the first
            return "bassin/premier";
        }
        IdentitesBassins.IdentiteView identite = identites.consulter(choisi);
        if (!model.containsAttribute("formulaire")) {
            model.addAttribute("formulaire", formulaire(identite));
        }
        model.addAttribute("identite", identite);
        model.addAttribute("modifiable", identites.peutModifier(identite.code()));
        model.addAttribute("organes", identites.organes(identite.code()));
        model.addAttribute("bassins", bassins.lister().stream()
                .filter(b -> perimetre.voit(b.code()) || identites.peutModifier(b.code())).toList());
        model.addAttribute("tailleMaxLogo", IdentitesBassins.TAILLE_MAX_LOGO / 1024);
        model.addAttribute("dimensionMaxLogo", IdentitesBassins.DIMENSION_MAX_LOGO);
        return "bassin/bassin";
    }

    @PostMapping("/{code}")
    String enregistrer(@PathVariable String code, Formulaire formulaire, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        List<ChampErreur> erreurs = new ArrayList<>();
        List<Ligne> lignes = formulaire.signataires() == null ? List.of()
                : formulaire.signataires().stream().filter(l -> l != null && !l.vide()).toList();
        List<IdentitesBassins.SignataireSaisi> signataires = new ArrayList<>();
        for (int i = 0; i < lignes.size(); i++) {
            Ligne ligne = lignes.get(i);
            signataires.add(new IdentitesBassins.SignataireSaisi(ligne.organe(), ligne.nom(), ligne.fonction(),
                    Dates.saisie(ligne.debut(), "signataires[" + i + "].debut", erreurs),
                    Dates.saisie(ligne.fin(), "signataires[" + i + "].fin", erreurs)));
        }
        // one line per type of avis, kept in place so that an error is shown on the line it is about
        List<LigneAdministration> lignesAdministrations = formulaire.administrations() == null ? List.of()
                : formulaire.administrations();
        List<IdentitesBassins.AdministrationSaisie> administrations = new ArrayList<>();
        List<Integer> rangs = new ArrayList<>();
        for (int i = 0; i < lignesAdministrations.size(); i++) {
            LigneAdministration ligne = lignesAdministrations.get(i);
            if (ligne != null && !ligne.vide()) {
                administrations.add(new IdentitesBassins.AdministrationSaisie(ligne.type(), ligne.nom(),
                        ligne.adresse(), ligne.courriel()));
                rangs.add(i);
            }
        }
        Formulaire saisi = new Formulaire(formulaire.version(), formulaire.nom(), formulaire.nomOfficiel(),
                formulaire.libelleCsef(), formulaire.libelleBureau(), formulaire.libellePleniere(),
                formulaire.libelleCafe(), formulaire.libelleEnseignement(), formulaire.adresse(),
                formulaire.lieuSignature(), lignes, lignesAdministrations);
        try {
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            Long version = formulaire.version() == null || !formulaire.version().matches("\\d{1,18}") ? null
                    : Long.valueOf(formulaire.version());
            identites.modifier(code, new IdentitesBassins.SaisieIdentite(version, formulaire.nom(),
                    formulaire.nomOfficiel(), formulaire.libelleCsef(), formulaire.libelleBureau(),
                    formulaire.libellePleniere(), formulaire.libelleCafe(), formulaire.libelleEnseignement(),
                    formulaire.adresse(), formulaire.lieuSignature(), signataires, administrations));
            redirection.addFlashAttribute("succes", "Identité du bassin enregistrée.");
            return "redirect:/bassin?code=" + code;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formulaire", saisi);
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs().stream()
                    .map(erreur -> surSaLigne(erreur, rangs)).toList()));
            model.addAttribute("erreur", "L'identité n'a pas été enregistrée : corrigez les champs signalés.");
            return page(code, model);
        } catch (ConflitException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("formulaire", saisi);
            model.addAttribute("erreur", e.getMessage());
            return page(code, model);
        }
    }

    /** An administrator starts serving one of the AIBEFE's bassins, which gets its default identity to complete. */
    @PostMapping("/servir")
    @PreAuthorize("hasRole('admin')")
    String servir(@RequestParam(required = false) String code, Model model, HttpServletResponse response,
            RedirectAttributes redirection) {
        try {
            Bassins.BassinView servi = bassins.creer(new Bassins.NouveauBassin(code, null));
            redirection.addFlashAttribute("succes", ("Le bassin %s est servi : complétez son identité, ses "
                    + "administrations et ses signataires.").formatted(servi.nom()));
            return "redirect:/bassin?code=" + servi.code();
        } catch (DonneesInvalidesException | ConflitException e) {
            response.setStatus(StatutsDesErreurs.de(e).orElseThrow().status().value());
            model.addAttribute("erreur", e instanceof DonneesInvalidesException invalide
                    ? invalide.getErreurs().get(0).message() : e.getMessage());
            return page(null, model);
        }
    }

    @PostMapping("/{code}/logo")
    String logo(@PathVariable String code, @RequestParam(required = false) MultipartFile fichier, Model model,
            HttpServletResponse response, RedirectAttributes redirection) {
        try {
            identites.deposerLogo(code, BassinController.lire(fichier), null);
            redirection.addFlashAttribute("succes", "Logo enregistré.");
            return "redirect:/bassin?code=" + code;
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erreursChamps", ChampErreur.parChamp("", e.getErreurs()));
            return page(code, model);
        }
    }

    /**
     * The logo for the page's preview, with the page's session: answered here rather than forwarded to the API, whose
     * forward from a page went out as « image/png;charset=UTF-8 ».
     */
    @GetMapping("/{code}/logo")
    ResponseEntity<byte[]> afficherLogo(@PathVariable String code) {
        return BassinController.image(identites.logo(code));
    }

    /** An error on the n-th administration given is shown on the page's line it came from. */
    private static ChampErreur surSaLigne(ChampErreur erreur, List<Integer> rangs) {
        Matcher champ = ADMINISTRATION.matcher(erreur.champ() == null ? "" : erreur.champ());
        if (!champ.lookingAt()) {
            return erreur;
        }
        int rang = Integer.parseInt(champ.group(1));
        return rang >= rangs.size() ? erreur : new ChampErreur("administrations[" + rangs.get(rang) + "]"
                + erreur.champ().substring(champ.end()), erreur.message());
    }

    private static final Pattern ADMINISTRATION = Pattern.compile("administrations\\[(\\d+)]");

    private static Formulaire formulaire(IdentitesBassins.IdentiteView identite) {
        List<Ligne> lignes = new ArrayList<>(identite.signataires().stream().map(s -> new Ligne(s.organe().name(),
                s.nom(), s.fonction(), Optional.ofNullable(s.debut()).map(LocalDate::toString).orElse(null),
                Optional.ofNullable(s.fin()).map(LocalDate::toString).orElse(null))).toList());
        return new Formulaire(String.valueOf(identite.version()), identite.nom(), identite.nomOfficiel(),
                identite.libelleCsef(), identite.libelleBureau(), identite.libellePleniere(), identite.libelleCafe(),
                identite.libelleEnseignement(), identite.adresse(),
                identite.lieuSignature(), lignes, identite.administrations().stream().map(a -> new LigneAdministration(
                        a.type().name(), a.nom(), a.adresse(), a.courriel())).toList());
    }

}
