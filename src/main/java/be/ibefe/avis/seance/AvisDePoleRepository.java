package be.ibefe.avis.seance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AvisDePoleRepository extends JpaRepository<AvisDePole, Long> {

    Optional<AvisDePole> findFirstByDossierIdOrderByEnregistreLeDescIdDesc(Long dossierId);
}
