package be.ibefe.avis.poles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The members of the pôles, dated. */
public interface MembrePoleRepository extends JpaRepository<MembrePole, Long> {

    List<MembrePole> findByPoleIdOrderByCategorieAscOrganisationAscIdAsc(long poleId);
}
