package be.ibefe.avis.documents;

import be.ibefe.avis.system.CorpsTropVolumineuxException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Liens;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a dossier in the pages: the list (a page of its own, or the fragment other pages load with htmx),
 * upload and download with the session of the pages.
 */
@Controller
@RequestMapping("/dossiers/{dossierId}/documents")
class DocumentPage {

    private final DocumentService documents;

    DocumentPage(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    String liste(@PathVariable long dossierId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("dossierId", dossierId);
        model.addAttribute("documents", documents.liste(dossierId));
        model.addAttribute("retour", "/dossiers/" + dossierId);
        return htmx == null ? "documents/documents" : "documents/documents :: liste";
    }

    /** The same rule as the API's, from the service: a refusal is the page of a refusal, not a message. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String deposer(@PathVariable long dossierId, @RequestParam(required = false) MultipartFile fichier,
            @RequestParam(required = false) String retour, RedirectAttributes redirection) throws IOException {
        String suite = Liens.retour(retour, "/dossiers/" + dossierId);
        documents.pourDepot(dossierId);
        try {
            if (fichier == null || fichier.isEmpty()) {
                throw new DonneesInvalidesException("fichier", "Choisissez un fichier à déposer.");
            }
            DocumentView depose = documents.deposer(dossierId, fichier.getOriginalFilename(), fichier.getBytes());
            redirection.addFlashAttribute("succes", "Document « %s » déposé.".formatted(depose.nom()));
        } catch (DonneesInvalidesException e) {
            redirection.addFlashAttribute("erreur", e.getErreurs().get(0).message());
        } catch (CorpsTropVolumineuxException e) {
            redirection.addFlashAttribute("erreur", e.getMessage());
        }
        return "redirect:" + suite;
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> telecharger(@PathVariable long dossierId, @PathVariable long documentId) {
        return DocumentController.telechargement(documents.lire(dossierId, documentId));
    }
}
