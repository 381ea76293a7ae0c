package be.ibefe.avis.seance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MesureUrgenteRepository extends JpaRepository<MesureUrgente, Long> {

    Optional<MesureUrgente> findFirstByDossierIdOrderByEnregistreeLeDescIdDesc(Long dossierId);
}
