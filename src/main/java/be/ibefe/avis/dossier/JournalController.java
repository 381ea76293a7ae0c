package be.ibefe.avis.dossier;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and exporting the audit trail; there is no way to change or delete it. */
@RestController
class JournalController {

    private final Journal journal;
    private final DossierService dossiers;
    private final Perimetre perimetre;
    private final CurrentUser currentUser;

    JournalController(Journal journal, DossierService dossiers, Perimetre perimetre, CurrentUser currentUser) {
        this.journal = journal;
        this.dossiers = dossiers;
        this.perimetre = perimetre;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/dossiers/{id}/journal", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Journal.Entree> duDossier(@PathVariable long id) {
        dossiers.charger(id);
        return journal.duDossier(id);
    }

    /** Every entry between two dates (inclusive), as JSON or, with {@code format=csv}, as a spreadsheet file. */
    @GetMapping("/api/journal")
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<?> exporter(@RequestParam LocalDate depuis, @RequestParam LocalDate jusqua,
            @RequestParam(defaultValue = "json") String format) {
        if (jusqua.isBefore(depuis)) {
            throw new DonneesInvalidesException("jusqua", "La fin de la période ne peut précéder son début.");
        }
        Instant debut = depuis.atStartOfDay(ClockConfig.BRUXELLES).toInstant();
        Instant fin = jusqua.plusDays(1).atStartOfDay(ClockConfig.BRUXELLES).toInstant();
        // an administrator keeps the whole trail; a coordinator sees his bassins' dossiers
        Optional<Set<String>> bassins = currentUser.groupes().contains(Groupes.ADMIN) ? Optional.empty()
                : perimetre.visibles();
        List<Journal.Entree> entrees = journal.entre(debut, fin, bassins);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entrees);
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("journal-%s-%s.csv".formatted(depuis, jusqua)).build().toString())
                    .body(csv(entrees));
            default -> throw new DonneesInvalidesException("format", "Format « %s » inconnu : json ou csv."
                    .formatted(format));
        };
    }

    /** Semicolon-separated, UTF-8 with a BOM, as Belgian spreadsheets expect. */
    static String csv(List<Journal.Entree> entrees) {
        String entete = "id;horodatage;utilisateur;action;objet;objet_id;dossier_id;avant;apres;origine";
        return "\uFEFF" + Stream.concat(Stream.of(entete), entrees.stream().map(e -> Stream.of(
                        String.valueOf(e.id()), e.horodatage().toString(), e.utilisateur(), e.action(), e.objet(),
                        e.objetId(), e.dossierId() == null ? "" : String.valueOf(e.dossierId()), e.avant(), e.apres(),
                        e.origine())
                .map(JournalController::cellule).collect(Collectors.joining(";"))))
                .collect(Collectors.joining("\r\n")) + "\r\n";
    }

    private static String cellule(String valeur) {
        if (valeur == null) {
            return "";
        }
        String protegee = valeur.startsWith("=") || valeur.startsWith("+") || valeur.startsWith("-")
                || valeur.startsWith("@") ? "'" + valeur : valeur;
        return "\"" + protegee.replace("\"", "\"\"") + "\"";
    }
}
