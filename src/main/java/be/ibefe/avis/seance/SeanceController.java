package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Organe;
import be.ibefe.avis.documents.PdfRenderer;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Séances: everyone reads them; the coordination builds the agenda, records the deliberations and closes them. */
@RestController
@RequestMapping(path = "/api/seances", produces = MediaType.APPLICATION_JSON_VALUE)
class SeanceController {

    static final String PROCES_VERBAL = "seances/proces-verbal";
    /** Set by the séance pages when they forward to the procès-verbal: its HTML then links back to the séance. */
    static final String DEPUIS_LES_PAGES = "be.ibefe.avis.seance.depuisLesPages";

    private final SeanceService service;
    private final Clock clock;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final IdentitesBassins identites;

    SeanceController(SeanceService service, Clock clock, PdfRenderer pdf, ITemplateEngine templates,
            IdentitesBassins identites) {
        this.identites = identites;
        this.service = service;
        this.clock = clock;
        this.pdf = pdf;
        this.templates = templates;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    ResponseEntity<SeanceView> creer(@RequestBody SeanceService.NouvelleSeance seance) {
        SeanceView creee = service.creer(seance);
        return ResponseEntity.created(URI.create("/api/seances/" + creee.id())).body(creee);
    }

    @GetMapping
    List<SeanceResume> lister(@RequestParam(required = false) Integer annee) {
        int an = annee == null ? Year.now(clock).getValue() : annee;
        if (an < 2000 || an > 2100) {
            throw new DonneesInvalidesException("annee", "L'année doit être comprise entre 2000 et 2100.");
        }
        return service.lister(an);
    }

    @GetMapping("/{id}")
    SeanceView consulter(@PathVariable long id) {
        return service.consulter(id);
    }

    /** The procès-verbal: a web page, or the PDF with {@code format=pdf}. */
    @GetMapping(path = "/{id}/proces-verbal", produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<byte[]> procesVerbal(@PathVariable long id, @RequestParam(required = false) String format,
            @RequestAttribute(name = DEPUIS_LES_PAGES, required = false) Boolean depuisLesPages) {
        SeanceView seance = service.consulter(id);
        // the séance's bassin heads and signs it: its letterhead, and who held the chair and the coordination that day
        EnTete bassin = identites.enTete(seance.bassin(), seance.date());
        Map<String, Object> variables = Map.of("seance", seance, "bassin", bassin, "signatures",
                bassin.signatures(Organe.de(seance.chambre()), Organe.COORDINATION));
        if (format == null || format.equals("html")) {
            Map<String, Object> page = new HashMap<>(variables);
            // reached from the séance's page: a way back to it, which the PDF and the API's HTML do not print
            page.put("retour", Boolean.TRUE.equals(depuisLesPages) ? "/seances/" + id : null);
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(templates.process(PROCES_VERBAL, new Context(Locale.FRENCH, page))
                            .getBytes(StandardCharsets.UTF_8));
        }
        if (!format.equals("pdf")) {
            throw new DonneesInvalidesException("format", "Format « %s » inconnu : html ou pdf.".formatted(format));
        }
        String nom = "PV %s %s.pdf".formatted(seance.chambre(), seance.date());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(nom, StandardCharsets.UTF_8).build().toString())
                .body(pdf.rendre(PROCES_VERBAL, variables));
    }

    /** {@code membresExcuses} omitted keeps those excused so far. */
    record Presences(List<String> membresPresents, List<String> membresExcuses) {
    }

    @PutMapping(path = "/{id}/presences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    SeanceView presences(@PathVariable long id, @RequestBody Presences presences) {
        return service.marquerPresents(id, presences.membresPresents(), presences.membresExcuses());
    }

    @PostMapping("/{id}/ordre-du-jour")
    @PreAuthorize("hasRole('coordination')")
    SeanceView ordreDuJour(@PathVariable long id) {
        return service.construireOrdreDuJour(id);
    }

    @PostMapping("/{id}/ordre-du-jour/{dossierId}")
    @PreAuthorize("hasRole('coordination')")
    SeanceView ajouter(@PathVariable long id, @PathVariable long dossierId) {
        return service.ajouter(id, dossierId);
    }

    @DeleteMapping("/{id}/ordre-du-jour/{dossierId}")
    @PreAuthorize("hasRole('coordination')")
    SeanceView retirer(@PathVariable long id, @PathVariable long dossierId) {
        return service.retirer(id, dossierId);
    }

    @PostMapping(path = "/{id}/deliberations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    SeanceView.PointView deliberer(@PathVariable long id, @RequestBody SeanceService.Deliberation deliberation) {
        return service.deliberer(id, deliberation);
    }

    @PostMapping(path = "/{id}/ratifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    SeanceView.PointView ratifier(@PathVariable long id, @RequestBody SeanceService.Ratification ratification) {
        return service.ratifier(id, ratification);
    }

    /** Ratifications and validations confirmed together, in one vote; a refusal goes through {@code /ratifications}. */
    @PostMapping(path = "/{id}/ratifications/en-bloc", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    SeanceView ratifierEnBloc(@PathVariable long id, @RequestBody SeanceService.RatificationEnBloc ratifications) {
        return service.ratifierEnBloc(id, ratifications);
    }

    /** What waits for the Instance that is no dossier (a pôle's approvals, the thématiques communes), to inscribe. */
    @GetMapping("/{id}/sujets-a-inscrire")
    List<SujetsDeLaPleniere.Sujet> sujetsAInscrire(@PathVariable long id) {
        return service.sujetsAInscrire(id);
    }

    @PostMapping(path = "/{id}/sujets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    SeanceView inscrireSujet(@PathVariable long id, @RequestBody SeanceService.NouveauSujet sujet) {
        return service.inscrireSujet(id, sujet);
    }

    @DeleteMapping("/{id}/sujets/{type}/{objetId}")
    @PreAuthorize("hasRole('coordination')")
    SeanceView retirerSujet(@PathVariable long id, @PathVariable String type, @PathVariable long objetId) {
        return service.retirerSujet(id, type, objetId);
    }

    @PostMapping(path = "/{id}/sujets/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    SeanceView.SujetView deciderSujet(@PathVariable long id, @RequestBody SeanceService.DecisionSujet decision) {
        return service.deciderSujet(id, decision, false);
    }

    @PostMapping("/{id}/cloture")
    @PreAuthorize("hasRole('coordination')")
    SeanceView cloturer(@PathVariable long id) {
        return service.cloturer(id);
    }
}
