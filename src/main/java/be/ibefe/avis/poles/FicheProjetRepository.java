package be.ibefe.avis.poles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The fiches projets of the pôles with their indicators. */
public interface FicheProjetRepository extends JpaRepository<FicheProjet, Long> {

    List<FicheProjet> findByPoleIdOrderByIdAsc(long poleId);
}
