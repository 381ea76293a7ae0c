package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Perimetre;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of dossiers grouped in SQL, for the list's counts per status and the coordinators' dashboard. */
@Service
public class ComptageDossiers {

    private final EntityManager entityManager;
    private final Perimetre perimetre;

    public ComptageDossiers(EntityManager entityManager, Perimetre perimetre) {
        this.entityManager = entityManager;
        this.perimetre = perimetre;
    }

    /** The dossiers that meet the filters, per status; a status without dossier is absent. */
    @Transactional(readOnly = true)
    public Map<Statut, Long> parStatut(DossierCriteres criteres) {
        Map<Statut, Long> comptes = new EnumMap<>(Statut.class);
        compter(criteres, false).forEach(ligne -> comptes.merge((Statut) ligne[1], (Long) ligne[2], Long::sum));
        return comptes;
    }

    /** The dossiers still open (neither notified nor closed), per type and status. */
    @Transactional(readOnly = true)
    public Map<AvisType, Map<Statut, Long>> ouvertsParTypeEtStatut() {
        Map<AvisType, Map<Statut, Long>> comptes = new TreeMap<>();
        // the open statuses named in the query: the open dossiers are read from an index, not all of them (V46)
        compter(new DossierCriteres(null, null, null, null, null), true)
                .forEach(ligne -> comptes.computeIfAbsent((AvisType) ligne[0], t -> new EnumMap<>(Statut.class))
                        .put((Statut) ligne[1], (Long) ligne[2]));
        return comptes;
    }

    /**
     * The ids of the first {@code nombre} dossiers in view meeting the filters, in that order: read alone, from an
     * index that holds the filters and the order where there is one (the dashboard's overdue dossiers, V46), so that
     * only those dossiers are then loaded rather than every one that meets the filters, to be sorted.
     */
    @Transactional(readOnly = true)
    public List<Long> premiers(DossierCriteres criteres, Sort ordre, int nombre) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> requete = cb.createQuery(Long.class);
        Root<Dossier> dossier = requete.from(Dossier.class);
        requete.select(dossier.get("id"))
                .where(criteres.specification().and(DossierCriteres.dans(perimetre)).toPredicate(dossier, requete, cb))
                .orderBy(QueryUtils.toOrders(ordre, dossier, cb));
        return entityManager.createQuery(requete).setMaxResults(nombre).getResultList();
    }

    private List<Object[]> compter(DossierCriteres criteres, boolean ouvertsSeulement) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> requete = cb.createQuery(Object[].class);
        Root<Dossier> dossier = requete.from(Dossier.class);
        Specification<Dossier> filtres = criteres.specification().and(DossierCriteres.dans(perimetre));
        if (ouvertsSeulement) {
            filtres = filtres.and((racine, q, constructeur) -> racine.get("statut").in(Statut.ouverts()));
        }
        requete.multiselect(dossier.get("type"), dossier.get("statut"), cb.count(dossier))
                .where(filtres.toPredicate(dossier, requete, cb))
                .groupBy(dossier.get("type"), dossier.get("statut"));
        return entityManager.createQuery(requete).getResultList();
    }
}
