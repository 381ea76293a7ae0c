package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Chambre;
import be.ibefe.avis.system.ClockConfig;
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
    private final Perimetre perimetre;
    private final Bassins bassins;
    private final IdentitesBassins identites;

    public RapportService(RapportQueries queries, RedactionChapitre redaction, SeancesDeLAnnee seances, Clock clock,
            Perimetre perimetre, Bassins bassins, IdentitesBassins identites) {
        this.perimetre = perimetre;
        this.bassins = bassins;
        this.identites = identites;
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
        return redaction.rediger(rapportActivite(annee), seances.seancesTenues(annee), LocalDate.now(clock),
                auteur());
    }

    /**
     * Who the chapter speaks of: the Instance of the one bassin it covers and its chambre, by the names its
     * coordination gave them; over several bassins (the regional role's consolidated report), the Instances, named
     * by their bassins, in the words of the texts file.
     */
    private Map<String, String> auteur() {
        List<Bassins.BassinView> couverts = bassins.lister().stream()
                .filter(b -> perimetre.visibles().map(v -> v.contains(b.code())).orElse(true)).toList();
        if (couverts.size() == 1) {
            EnTete bassin = identites.enTete(couverts.get(0).code(), LocalDate.now(clock.withZone(ClockConfig.BRUXELLES)));
            return Map.of("instance", "l'" + bassin.nomOfficiel(), "chambre", bassin.libelle(Chambre.CSEF));
        }
        return Map.of("bassins", " (" + String.join(", ", couverts.stream().map(Bassins.BassinView::nom).toList()) + ")");
    }
}
