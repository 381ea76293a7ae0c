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
        compter(criteres).forEach(ligne -> comptes.merge((Statut) ligne[1], (Long) ligne[2], Long::sum));
        return comptes;
    }

    /** The dossiers still open (neither notified nor closed), per type and status. */
    @Transactional(readOnly = true)
    public Map<AvisType, Map<Statut, Long>> ouvertsParTypeEtStatut() {
        Map<AvisType, Map<Statut, Long>> comptes = new TreeMap<>();
        compter(new DossierCriteres(null, null, null, null, null)).stream()
                .filter(ligne -> !((Statut) ligne[1]).termine())
                .forEach(ligne -> comptes.computeIfAbsent((AvisType) ligne[0], t -> new EnumMap<>(Statut.class))
                        .put((Statut) ligne[1], (Long) ligne[2]));
        return comptes;
    }

    private List<Object[]> compter(DossierCriteres criteres) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> requete = cb.createQuery(Object[].class);
        Root<Dossier> dossier = requete.from(Dossier.class);
        requete.multiselect(dossier.get("type"), dossier.get("statut"), cb.count(dossier))
                .where(criteres.specification().and(DossierCriteres.dans(perimetre)).toPredicate(dossier, requete, cb))
                .groupBy(dossier.get("type"), dossier.get("statut"));
        return entityManager.createQuery(requete).getResultList();
    }
}
