package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Import par lot" for the coordination: upload a file, then follow its progress (htmx polls a fragment every second
 * until the import is over; without JavaScript, a link reloads the page) and read the report of the rows in error.
 */
@Controller
@PreAuthorize("hasRole('coordination')")
class ImportPage {

    private final ImportService service;

    ImportPage(ImportService service) {
        this.service = service;
    }

    @GetMapping("/imports")
    String depot(Model model) {
        return formulaire(null, null, model);
    }

    @PostMapping("/imports")
    String deposer(@RequestParam(required = false) AvisType type,
            @RequestParam(required = false) MultipartFile fichier, Model model, HttpServletResponse response) {
        try {
            ImportView lot = service.deposer(ImportController.exige(type),
                    ImportController.fichier(fichier).getOriginalFilename(), fichier);
            return "redirect:/imports/" + lot.id();
        } catch (DonneesInvalidesException refus) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formulaire(type, refus, model);
        }
    }

    @GetMapping("/imports/{id:\\d+}")
    String lot(@PathVariable long id, Model model) {
        model.addAttribute("lot", service.consulter(id));
        return "imports/import";
    }

    /** The progress and, once over, the outcome: the fragment htmx swaps in. */
    @GetMapping("/imports/{id:\\d+}/progression")
    String progression(@PathVariable long id, Model model) {
        model.addAttribute("lot", service.consulter(id));
        return "imports/import :: progression";
    }

    @PostMapping("/imports/{id:\\d+}/procedures")
    String relancer(@PathVariable long id, RedirectAttributes redirection) {
        try {
            service.relancer(id);
            redirection.addFlashAttribute("succes", "Le démarrage des procédures est relancé.");
        } catch (ConflitException deja) {
            redirection.addFlashAttribute("erreur", deja.getMessage());
        }
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/modele")
    ResponseEntity<String> modele(@RequestParam AvisType type) {
        return ImportController.fichierModele(type);
    }

    private String formulaire(AvisType type, DonneesInvalidesException refus, Model model) {
        model.addAttribute("types", AvisType.values());
        model.addAttribute("type", type);
        model.addAttribute("refus", refus == null ? null : refus.getErreurs());
        model.addAttribute("derniers", service.derniers());
        return "imports/depot";
    }
}
