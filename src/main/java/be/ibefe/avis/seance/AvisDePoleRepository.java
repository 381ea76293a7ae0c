package be.ibefe.avis.seance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AvisDePoleRepository extends JpaRepository<AvisDePole, Long> {

    Optional<AvisDePole> findFirstByDossierIdOrderByEnregistreLeDescIdDesc(Long dossierId);

    List<AvisDePole> findByDossierIdOrderByEnregistreLeAscIdAsc(Long dossierId);

    List<AvisDePole> findByReunionIdInOrderByEnregistreLeAscIdAsc(Collection<Long> reunionIds);

    /** The reference and objet of each dossier: {@code [id, reference, objet]}. */
    @Query("select d.id, d.reference, d.objet from Dossier d where d.id in :ids")
    List<Object[]> references(Collection<Long> ids);
}
