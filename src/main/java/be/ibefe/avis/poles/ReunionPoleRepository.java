package be.ibefe.avis.poles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The meetings of the pôles; the activity report counts them per year. */
public interface ReunionPoleRepository extends JpaRepository<ReunionPole, Long> {

    List<ReunionPole> findByPoleIdOrderByDateAscIdAsc(long poleId);

    boolean existsByPoleIdAndDate(long poleId, java.time.LocalDate date);
}
