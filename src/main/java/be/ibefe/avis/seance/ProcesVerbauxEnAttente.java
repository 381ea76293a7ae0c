package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Chambre;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The closed séances of a body whose procès-verbal is not approved yet, the oldest first. */
interface ProcesVerbauxEnAttente extends Repository<Seance, Long> {

    List<Seance> findByBassinAndChambreAndStatutAndApprobationPvIdIsNullOrderByDateAscIdAsc(String bassin,
            Chambre chambre, StatutSeance statut);
}
