package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * The closed séances of a body whose procès-verbal is not approved yet, and the open séances of the body that may
 * approve them, the oldest first.
 */
interface ProcesVerbauxEnAttente extends Repository<Seance, Long> {

    List<Seance> findByBassinAndChambreAndStatutAndApprobationPvIdIsNullOrderByDateAscIdAsc(String bassin,
            Chambre chambre, StatutSeance statut);

    List<Seance> findByBassinAndChambreAndStatutOrderByDateAscIdAsc(String bassin, Chambre chambre,
            StatutSeance statut);
}
