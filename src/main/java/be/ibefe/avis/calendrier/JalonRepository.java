package be.ibefe.avis.calendrier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JalonRepository extends JpaRepository<Jalon, Long> {

    List<Jalon> findByBassinOrderByMoisDebutAscJourDebutAscCodeAsc(String bassin);

    boolean existsByBassin(String bassin);
}
