package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processing times, deadlines and activity per category of applicant, for the coordinators. Processing time runs
 * from the reception date to the Belgian calendar day the dossier's standing avis was notified (the dossier keeps
 * when); a dossier closed without notification (withdrawn, for instance), or whose avis the Instance plénière
 * withdrew and which waits for a new one, has none.
 */
@Service
public class StatistiquesService {

    private final RapportQueries queries;
    private final Clock clock;

    public StatistiquesService(RapportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Statistiques statistiques(int annee) {
        LocalDate aujourdhui = LocalDate.now(clock);
        List<DelaisNotifies> notifies = queries.delais(annee);
        Map<AvisType, List<DelaisNotifies>> parType =
                notifies.stream().collect(Collectors.groupingBy(DelaisNotifies::type));
        Map<AvisType, Long> ouvertsEnRetard = queries.ouvertsEnRetard(annee, aujourdhui);
        List<DelaisType> types = Arrays.stream(AvisType.values())
                .map(type -> new DelaisType(type, Delais.de(parType.getOrDefault(type, List.of()),
                        ouvertsEnRetard.getOrDefault(type, 0L))))
                .toList();
        Delais totaux = Delais.de(notifies,
                ouvertsEnRetard.values().stream().mapToLong(Long::longValue).sum());
        Map<CategorieDemandeur, Compteurs> parCategorie = queries.compteursParCategorie(annee);
        List<ActiviteCategorie> categories = Arrays.stream(CategorieDemandeur.values())
                .map(categorie -> new ActiviteCategorie(categorie, parCategorie.getOrDefault(categorie, Compteurs.ZERO)))
                .toList();
        return new Statistiques(annee, aujourdhui, types, totaux, categories);
    }
}
