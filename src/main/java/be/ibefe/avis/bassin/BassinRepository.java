package be.ibefe.avis.bassin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BassinRepository extends JpaRepository<Bassin, String> {

    List<Bassin> findAllByOrderByCode();
}
