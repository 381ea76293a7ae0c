package be.ibefe.avis.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByDossierIdOrderByDeposeLeAscIdAsc(Long dossierId);

    Optional<Document> findByIdAndDossierId(Long id, Long dossierId);
}
