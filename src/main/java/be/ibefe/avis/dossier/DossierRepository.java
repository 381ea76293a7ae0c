package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.Chambre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DossierRepository extends JpaRepository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    Optional<Dossier> findByReferenceExterne(String referenceExterne);

    Optional<Dossier> findByBassinAndReferenceExterne(String bassin, String referenceExterne);

    /** The dossiers waiting for a séance of the chambre, the most urgent first. */
    @Query("""
            select d from Dossier d
            where d.statut = be.ibefe.avis.dossier.Statut.PRET_POUR_SEANCE and d.chambre = :chambre
              and d.bassin = :bassin
            order by case when d.echeance is null then 1 else 0 end, d.echeance, d.dateReception, d.id""")
    List<Dossier> pretsPourSeance(String bassin, Chambre chambre);
}
