package be.ibefe.avis.thematiques;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MetierPrioritaireRepository extends JpaRepository<MetierPrioritaire, Long> {

    List<MetierPrioritaire> findByAnneeOrderByLibelle(int annee);

    boolean existsByAnnee(int annee);

    @Modifying
    @Query("delete from MetierPrioritaire m where m.annee = :annee")
    void supprimerAnnee(int annee);
}
