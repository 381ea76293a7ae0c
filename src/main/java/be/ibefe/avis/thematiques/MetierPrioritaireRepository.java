package be.ibefe.avis.thematiques;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MetierPrioritaireRepository extends JpaRepository<MetierPrioritaire, Long> {

    List<MetierPrioritaire> findByBassinAndAnneeOrderByLibelle(String bassin, int annee);

    boolean existsByBassinAndAnnee(String bassin, int annee);

    @Modifying
    @Query("delete from MetierPrioritaire m where m.bassin = :bassin and m.annee = :annee")
    void supprimerAnnee(String bassin, int annee);
}
