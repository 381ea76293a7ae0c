package be.ibefe.avis.notification;

import be.ibefe.avis.dossier.DossierService;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was sent about a dossier, each e-mail (or letter to post), to whom, when: for the API
 * ({@code GET /api/dossiers/{id}/envois}) and the dossier's page (« Courriers et courriels », {@code ${@envois...}})
 * alike. Not found outside the user's bassins.
 */
@Component("envois")
public class EnvoisDuDossier {

    private final EnvoiRepository envois;
    private final DossierService dossiers;

    EnvoisDuDossier(EnvoiRepository envois, DossierService dossiers) {
        this.envois = envois;
        this.dossiers = dossiers;
    }

    /** {@code libelle}: the nature as a person reads it; {@code documentId}: the letter, when one was produced. */
    public record EnvoiView(NatureEnvoi nature, String libelle, String destinataire, String sujet, Envoi.Statut statut,
            Long documentId, Instant envoyeLe) {
    }

    @Transactional(readOnly = true)
    public List<EnvoiView> duDossier(long id) {
        dossiers.charger(id);
        return envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(id).stream().map(e -> new EnvoiView(e.getNature(),
                e.getNature().libelle(), e.getDestinataire(), e.getSujet(), e.getStatut(), e.getDocumentId(),
                e.getEnvoyeLe())).toList();
    }
}
