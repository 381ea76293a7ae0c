package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.DossierService;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What was sent about a dossier: each e-mail (or letter to post), to whom, when. */
@RestController
class EnvoiController {

    private final EnvoiRepository envois;
    private final DossierService dossiers;

    EnvoiController(EnvoiRepository envois, DossierService dossiers) {
        this.envois = envois;
        this.dossiers = dossiers;
    }

    /** {@code libelle}: the nature as a person reads it. */
    record EnvoiView(NatureEnvoi nature, String libelle, String destinataire, String sujet, Envoi.Statut statut, Long documentId,
            Instant envoyeLe) {
    }

    @GetMapping(path = "/api/dossiers/{id}/envois", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional(readOnly = true)
    List<EnvoiView> envois(@PathVariable long id) {
        dossiers.charger(id);
        return envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(id).stream().map(e -> new EnvoiView(e.getNature(),
                e.getNature().libelle(), e.getDestinataire(), e.getSujet(), e.getStatut(), e.getDocumentId(), e.getEnvoyeLe())).toList();
    }
}
