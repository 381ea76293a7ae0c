package be.ibefe.avis.thematiques;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FonctionCritiqueRepository extends JpaRepository<FonctionCritique, Long> {

    List<FonctionCritique> findByBassinAndAnneeOrderByLibelle(String bassin, int annee);

    boolean existsByBassinAndAnnee(String bassin, int annee);

    @Modifying
    @Query("delete from FonctionCritique f where f.bassin = :bassin and f.annee = :annee")
    void supprimerAnnee(String bassin, int annee);
}
