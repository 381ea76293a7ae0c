package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MandatRepository extends JpaRepository<Mandat, Long> {

    @Query("""
            select m from Mandat m
            where m.bassin = :bassin and m.chambre = :chambre and m.debut <= :date and (m.fin is null or m.fin >= :date)
            order by m.nom""")
    List<Mandat> enCours(String bassin, Chambre chambre, LocalDate date);

    List<Mandat> findByBassinAndChambreOrderByNom(String bassin, Chambre chambre);

    boolean existsByChambre(Chambre chambre);

    boolean existsByBassinAndChambre(String bassin, Chambre chambre);
}
