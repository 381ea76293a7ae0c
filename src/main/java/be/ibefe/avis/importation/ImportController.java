package be.ibefe.avis.importation;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Batch intake over REST (README, « Import par lot »). */
@RestController
@RequestMapping(path = "/api/imports")
@PreAuthorize("hasRole('coordination')")
class ImportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportService service;

    ImportController(ImportService service) {
        this.service = service;
    }

    /** 202 with the import, whose progress {@code Location} gives; the rows are worked in the background. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportView> deposer(@RequestParam(required = false) MultipartFile fichier,
            @RequestParam(required = false) AvisType type, @RequestParam(required = false) String bassin) {
        ImportView lot = service.deposer(exige(type), fichier(fichier).getOriginalFilename(), fichier, bassin);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + lot.id())).body(lot);
    }

    @GetMapping(path = "/{id:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportView consulter(@PathVariable long id) {
        return service.consulter(id);
    }

    /** The CSV template of a type: the header of the columns its file may have. */
    /** Starts again the start of the import's processes when it stopped (an incident, a stopped process). */
    @PostMapping(path = "/{id:\\d+}/procedures", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportView relancer(@PathVariable long id) {
        return service.relancer(id);
    }

    @GetMapping("/modele")
    ResponseEntity<String> modele(@RequestParam AvisType type) {
        return fichierModele(type);
    }

    static ResponseEntity<String> fichierModele(AvisType type) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("modele-import-%s.csv".formatted(type.name().toLowerCase(Locale.ROOT)))
                        .build().toString())
                .body(ImportService.modele(type));
    }

    static AvisType exige(AvisType type) {
        if (type == null) {
            throw new DonneesInvalidesException("type", "Le type d'avis des demandes est obligatoire. Valeurs admises : "
                    + Arrays.stream(AvisType.values()).map(AvisType::name).collect(Collectors.joining(", ")) + ".");
        }
        return type;
    }

    static MultipartFile fichier(MultipartFile fichier) {
        if (fichier == null) {
            throw new DonneesInvalidesException(LectureFichier.CHAMP,
                    "Joignez le fichier des demandes (champ « fichier ») : CSV en UTF-8 ou classeur Excel .xlsx.");
        }
        return fichier;
    }
}
