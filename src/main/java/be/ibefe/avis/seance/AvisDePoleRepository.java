package be.ibefe.avis.seance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AvisDePoleRepository extends JpaRepository<AvisDePole, Long> {

    Optional<AvisDePole> findFirstByDossierIdOrderByEnregistreLeDescIdDesc(Long dossierId);

    List<AvisDePole> findByDossierIdOrderByEnregistreLeAscIdAsc(Long dossierId);

    List<AvisDePole> findByReunionIdInOrderByEnregistreLeAscIdAsc(Collection<Long> reunionIds);

    /** The avis d'opportunité of the bassin that wait for their pôle's avis (ready, with no chambre to decide them). */
    @Query("""
            select d from Dossier d
            where d.bassin = :bassin and d.type = be.ibefe.avis.bassin.AvisType.POLE_OPPORTUNITE
              and d.statut = be.ibefe.avis.dossier.Statut.PRET_POUR_SEANCE and d.chambre is null
            order by d.dateReception, d.id""")
    List<be.ibefe.avis.dossier.Dossier> enAttenteDUnPole(String bassin);

    /** The reference and objet of each dossier: {@code [id, reference, objet]}. */
    @Query("select d.id, d.reference, d.objet from Dossier d where d.id in :ids")
    List<Object[]> references(Collection<Long> ids);
}
