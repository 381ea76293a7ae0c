package be.ibefe.avis.poles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The pôles and working groups; the activity report reads them by bassin. */
public interface PoleRepository extends JpaRepository<Pole, Long> {

    /** The pôles a bassin carries or takes part in (interbassin), by name. */
    @Query("select distinct p from Pole p left join p.bassinsAssocies a where p.bassin in :bassins or a in :bassins"
            + " order by p.nom, p.id")
    List<Pole> duBassin(java.util.Collection<String> bassins);

    List<Pole> findAllByOrderByNomAscIdAsc();
}
