package be.ibefe.avis.thematiques;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThematiquesCommunesRepository extends JpaRepository<ThematiquesCommunes, Long> {

    Optional<ThematiquesCommunes> findByBassinAndAnnee(String bassin, int annee);

    List<ThematiquesCommunes> findByBassinOrderByAnneeDesc(String bassin);
}
