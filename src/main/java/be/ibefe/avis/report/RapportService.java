package be.ibefe.avis.report;

import be.ibefe.avis.dossier.AvisType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity report of a year, as figures and as the chapter of the yearly report. */
@Service
public class RapportService {

    private final RapportQueries queries;
    private final RedactionChapitre redaction;
    private final SeancesDeLAnnee seances;
    private final Clock clock;

    public RapportService(RapportQueries queries, RedactionChapitre redaction, SeancesDeLAnnee seances, Clock clock) {
        this.queries = queries;
        this.redaction = redaction;
        this.seances = seances;
        this.clock = clock;
    }

    /** The counters of every avis type for the dossiers received in {@code annee}, as they stand now. */
    @Transactional(readOnly = true)
    public RapportActivite rapportActivite(int annee) {
        Map<AvisType, Compteurs> parType = queries.compteursParType(annee);
        List<ActiviteType> types = Arrays.stream(AvisType.values())
                .map(type -> new ActiviteType(type, parType.getOrDefault(type, Compteurs.ZERO)))
                .toList();
        Compteurs totaux = types.stream().map(ActiviteType::compteurs).reduce(Compteurs.ZERO, Compteurs::plus);
        return new RapportActivite(annee, types, totaux);
    }

    /** The same figures written out as the chapter "Mission de remise d'avis", with the séances of the year. */
    @Transactional(readOnly = true)
    public ChapitreActivite chapitre(int annee) {
        return redaction.rediger(rapportActivite(annee), seances.seancesTenues(annee), LocalDate.now(clock));
    }
}
