package be.ibefe.avis.calendrier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JetonCalendrierRepository extends JpaRepository<JetonCalendrier, Long> {

    Optional<JetonCalendrier> findByEmpreinteAndRevoqueLeIsNull(String empreinte);

    List<JetonCalendrier> findByUtilisateurAndRevoqueLeIsNull(String utilisateur);
}
