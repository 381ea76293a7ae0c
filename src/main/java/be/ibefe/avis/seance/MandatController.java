package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The members of the chambres and their mandates. */
@RestController
@RequestMapping(path = "/api/mandats", produces = MediaType.APPLICATION_JSON_VALUE)
class MandatController {

    private final Mandats mandats;

    MandatController(Mandats mandats) {
        this.mandats = mandats;
    }

    /** Every mandate of the chambre, or those running on {@code date}. */
    @GetMapping
    List<MandatView> liste(@RequestParam Chambre chambre, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String bassin) {
        return mandats.liste(chambre, date, bassin);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    ResponseEntity<MandatView> creer(@RequestBody Mandats.NouveauMandat mandat) {
        return ResponseEntity.status(201).body(mandats.creer(mandat));
    }

    record Fin(LocalDate fin) {
    }

    @PostMapping(path = "/{id}/fin", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    MandatView terminer(@PathVariable long id, @RequestBody Fin fin) {
        if (fin == null) {
            throw new DonneesInvalidesException("fin", "La date de fin est obligatoire.");
        }
        return mandats.terminer(id, fin.fin());
    }
}
