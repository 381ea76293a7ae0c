package be.ibefe.avis.seance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprobationPvRepository extends JpaRepository<ApprobationPv, Long> {

    List<ApprobationPv> findBySeanceIdOrderByIdAsc(Long seanceId);

    Optional<ApprobationPv> findBySeanceIdAndSeancePvId(Long seanceId, Long seancePvId);
}
