package be.ibefe.avis.bassin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BassinReferenceRepository extends JpaRepository<BassinReference, String> {

    List<BassinReference> findAllByOrderByNom();
}
