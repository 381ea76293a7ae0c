package be.ibefe.avis.calendrier;

import be.ibefe.avis.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The bassin's calendar, its milestones, and the secret address of one's iCalendar feed. */
@RestController
@RequestMapping(path = "/api/calendrier", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('equipe', 'csef', 'bureau', 'coordination')")
class CalendrierController {

    private final Calendriers calendriers;
    private final JetonsCalendrier jetons;
    private final CurrentUser utilisateur;

    CalendrierController(Calendriers calendriers, JetonsCalendrier jetons, CurrentUser utilisateur) {
        this.calendriers = calendriers;
        this.jetons = jetons;
        this.utilisateur = utilisateur;
    }

    @GetMapping
    List<Evenement> evenements(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {
        return calendriers.duBassin(utilisateur.login(), du, au);
    }

    @GetMapping("/jalons")
    List<Calendriers.JalonView> jalons() {
        return calendriers.jalons();
    }

    @PutMapping(path = "/jalons/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('coordination')")
    Calendriers.JalonView modifier(@PathVariable String code, @RequestBody Calendriers.JalonSaisi saisie) {
        return calendriers.modifier(code, saisie);
    }

    /** A new secret address of the caller's feed (the previous one stops working); shown this once. */
    @PostMapping("/jeton")
    ResponseEntity<Map<String, String>> creerJeton() {
        String jeton = jetons.creer(utilisateur.login());
        String adresse = ServletUriComponentsBuilder.fromCurrentContextPath().path("/ical/{jeton}.ics")
                .buildAndExpand(jeton).toUriString();
        return ResponseEntity.status(201).body(Map.of("adresse", adresse));
    }

    @DeleteMapping("/jeton")
    ResponseEntity<Void> revoquer() {
        jetons.revoquer(utilisateur.login());
        return ResponseEntity.noContent().build();
    }
}
