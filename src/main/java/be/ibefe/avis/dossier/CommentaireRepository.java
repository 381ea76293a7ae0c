package be.ibefe.avis.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentaireRepository extends JpaRepository<Commentaire, Long> {

    List<Commentaire> findByDossierIdOrderByHorodatageAscIdAsc(long dossierId);
}
