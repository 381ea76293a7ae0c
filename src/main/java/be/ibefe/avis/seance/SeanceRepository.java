package be.ibefe.avis.seance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeanceRepository extends JpaRepository<Seance, Long> {

    List<Seance> findByDateBetweenOrderByDateAscIdAsc(LocalDate debut, LocalDate fin);
}
