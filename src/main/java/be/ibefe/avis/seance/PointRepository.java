package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PointRepository extends JpaRepository<PointOrdreDuJour, Long> {

    List<PointOrdreDuJour> findBySeanceIdOrderByOrdreAscIdAsc(Long seanceId);

    List<PointOrdreDuJour> findByDossierIdAndNatureAndStatut(Long dossierId, NaturePoint nature, StatutPoint statut);

    List<PointOrdreDuJour> findByDossierIdAndStatutInOrderByIdDesc(Long dossierId, Collection<StatutPoint> statuts);

    /** The point of a subject that is no dossier's, on an agenda and not decided yet (at most one). */
    Optional<PointOrdreDuJour> findByObjetTypeAndObjetIdAndStatut(String objetType, Long objetId, StatutPoint statut);

    List<PointOrdreDuJour> findByChambreAndStatutOrderByIdAsc(Chambre chambre, StatutPoint statut);

    @Query("""
            select p from PointOrdreDuJour p
            where p.seance.id = :seanceId and p.dossierId = :dossierId and p.nature = :nature""")
    Optional<PointOrdreDuJour> duDossier(Long seanceId, Long dossierId, NaturePoint nature);

    @Query("select coalesce(max(p.ordre), 0) from PointOrdreDuJour p where p.seance.id = :seanceId")
    int dernierRang(Long seanceId);
}
