package be.ibefe.avis.documents;

import be.ibefe.avis.system.CorpsTropVolumineuxException;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/dossiers/{dossierId}/documents")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    /** Multipart upload; the file part may have any name (fichier, file...). Who may upload: the service says. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentView> deposer(@PathVariable long dossierId, MultipartHttpServletRequest requete)
            throws IOException, CorpsTropVolumineuxException {
        documents.pourDepot(dossierId);
        List<MultipartFile> fichiers = requete.getMultiFileMap().values().stream().flatMap(List::stream).toList();
        if (fichiers.size() != 1) {
            throw new DonneesInvalidesException("fichier", "Joignez exactement un fichier (%d reçu(s))."
                    .formatted(fichiers.size()));
        }
        MultipartFile fichier = fichiers.get(0);
        DocumentView document = documents.deposer(dossierId, fichier.getOriginalFilename(), fichier.getBytes());
        return ResponseEntity.created(URI.create("/api/dossiers/%d/documents/%d".formatted(dossierId, document.id())))
                .body(document);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<DocumentView> liste(@PathVariable long dossierId) {
        return documents.liste(dossierId);
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> telecharger(@PathVariable long dossierId, @PathVariable long documentId) {
        return telechargement(documents.lire(dossierId, documentId));
    }

    /** A document as an attachment, never rendered by the browser in the application's origin. */
    static ResponseEntity<byte[]> telechargement(DocumentService.Contenu contenu) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contenu.document().typeContenu()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(contenu.document().nom(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(contenu.octets());
    }
}
