package be.ibefe.avis.calendrier;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The iCalendar feed a calendar client subscribes to: it cannot sign in, so the secret in the address is the
 * authentication; an unknown or revoked one is a plain 404, which says nothing of whether it ever existed.
 */
@Controller
class FluxIcsController {

    static final MediaType ICALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Calendriers calendriers;

    FluxIcsController(Calendriers calendriers) {
        this.calendriers = calendriers;
    }

    @GetMapping("/ical/{jeton}.ics")
    ResponseEntity<String> flux(@PathVariable String jeton) {
        return calendriers.flux(jeton)
                .map(ics -> ResponseEntity.ok().contentType(ICALENDAR).cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
