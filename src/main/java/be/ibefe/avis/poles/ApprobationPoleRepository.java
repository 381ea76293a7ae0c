package be.ibefe.avis.poles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** What the Instance plénière must approve for the pôles, and what it decided. */
public interface ApprobationPoleRepository extends JpaRepository<ApprobationPole, Long> {

    List<ApprobationPole> findByPoleIdOrderByIdAsc(long poleId);

    List<ApprobationPole> findByBassinInAndStatutOrderByIdAsc(Collection<String> bassins, StatutApprobation statut);

    List<ApprobationPole> findByStatutOrderByIdAsc(StatutApprobation statut);
}
