package be.ibefe.avis.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnvoiRepository extends JpaRepository<Envoi, Long> {

    boolean existsByDossierIdAndNatureAndCleAndDestinataire(Long dossierId, NatureEnvoi nature, String cle,
            String destinataire);

    List<Envoi> findByDossierIdOrderByEnvoyeLeAscIdAsc(Long dossierId);
}
