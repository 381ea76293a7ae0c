package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Perimetre;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the dossier list; each one is optional. {@code enRetardAu}: dossiers still open (neither notified nor
 * closed) whose deadline is before that day.
 */
public record DossierCriteres(AvisType type, Statut statut, Integer annee, String q, LocalDate enRetardAu) {


    /** The same filters on every status, for the counts per status beside a list. */
    public DossierCriteres tousStatuts() {
        return new DossierCriteres(type, null, annee, q, enRetardAu);
    }

    /** The dossiers of the bassins the current user sees. */
    static Specification<Dossier> dans(Perimetre perimetre) {
        return (root, query, cb) -> perimetre.visibles()
                .map(bassins -> root.get("bassin").in(bassins))
                .orElseGet(cb::conjunction);
    }

    Specification<Dossier> specification() {
        return (root, query, cb) -> {
            List<Predicate> predicats = new ArrayList<>();
            if (type != null) {
                predicats.add(cb.equal(root.get("type"), type));
            }
            if (statut != null) {
                predicats.add(cb.equal(root.get("statut"), statut));
            }
            if (annee != null) {
                predicats.add(cb.equal(root.get("annee"), annee));
            }
            if (q != null && !q.isBlank()) {
                String motif = "%" + q.trim().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicats.add(cb.or(
                        cb.like(cb.lower(root.get("reference")), motif, '\\'),
                        cb.like(cb.lower(root.get("demandeur").get("nom")), motif, '\\'),
                        cb.like(cb.lower(root.get("objet")), motif, '\\')));
            }
            if (enRetardAu != null) {
                predicats.add(cb.lessThan(root.get("echeance"), enRetardAu));
                predicats.add(root.get("statut").in(Statut.ouverts()));
            }
            return cb.and(predicats.toArray(Predicate[]::new));
        };
    }
}
