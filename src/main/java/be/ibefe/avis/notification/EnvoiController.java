package be.ibefe.avis.notification;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What was sent about a dossier: each e-mail (or letter to post), to whom, when. */
@RestController
class EnvoiController {

    private final EnvoisDuDossier envois;

    EnvoiController(EnvoisDuDossier envois) {
        this.envois = envois;
    }

    @GetMapping(path = "/api/dossiers/{id}/envois", produces = MediaType.APPLICATION_JSON_VALUE)
    List<EnvoisDuDossier.EnvoiView> envois(@PathVariable long id) {
        return envois.duDossier(id);
    }
}
