package be.ibefe.avis.dossier;

import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments of a dossier. They belong to the dossier rather than to a task or to the engine: a dossier's tasks run
 * in several process instances (one per shared step) and end, while its comments must stay readable on every later
 * task and on the dossier's page.
 */
@Service
public class Commentaires {

    static final int LONGUEUR_MAX = 4000;

    private final CommentaireRepository repository;
    private final DossierService dossiers;
    private final Traces traces;

    public Commentaires(CommentaireRepository repository, DossierService dossiers, Traces traces) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.traces = traces;
    }

    @Transactional
    public CommentaireView ajouter(long dossierId, String tache, String texte) {
        dossiers.charger(dossierId);
        if (texte == null || texte.isBlank()) {
            throw new DonneesInvalidesException("commentaire", "Le commentaire est vide.");
        }
        if (texte.length() > LONGUEUR_MAX) {
            throw new DonneesInvalidesException("commentaire",
                    "Le commentaire ne peut dépasser %s caractères.".formatted(Libelles.nombre(LONGUEUR_MAX)));
        }
        return repository.save(new Commentaire(dossierId, traces.maintenant(), tache, texte.trim())).vue();
    }

    @Transactional(readOnly = true)
    public List<CommentaireView> liste(long dossierId) {
        return repository.findByDossierIdOrderByHorodatageAscIdAsc(dossierId).stream().map(Commentaire::vue).toList();
    }
}
