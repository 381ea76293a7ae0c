package be.ibefe.avis.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByDossierIdOrderByDeposeLeAscIdAsc(Long dossierId);

    List<Document> findByDossierIdInOrderByDeposeLeAscIdAsc(Collection<Long> dossierIds);

    Optional<Document> findByIdAndDossierId(Long id, Long dossierId);
}
