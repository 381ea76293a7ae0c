package be.ibefe.avis.thematiques;

import be.ibefe.avis.demo.Rejeu;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.system.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, beside the demo pôles (same profile and switch, {@code avis.demo.poles}): Liège's thématiques
 * communes for 2024 as a decision of 2023 (seed 000 l.262-272): the working group proposes in September with its
 * recommendations under the four usual headings and the métiers prioritaires flagged créer / maintenir / adapter
 * (the sample of demo/metiers-prioritaires.csv, not the 125 of the source), an Instance plénière validates them in
 * October, and they become the list of 2024; the fonctions critiques of 2024 beside them. The dates are the demo's
 * (the source gives those of the following year: 23/09/2024 and 14/10/2024). Replayed at those dates through the
 * application's services; nothing is written when Liège already has a decision for 2023.
 */
@Component
@Profile("demo & !demo-2024")
@ConditionalOnProperty(name = "avis.demo.poles", havingValue = "true", matchIfMissing = true)
@Order(19)
public class DemoThematiquesCommunes implements ApplicationRunner {

    static final String BASSIN = "LIE";
    static final int ANNEE = 2023;
    static final LocalDate GROUPE_DE_TRAVAIL = LocalDate.of(ANNEE, 9, 25);
    static final LocalDate PLENIERE = LocalDate.of(ANNEE, 10, 16);

    private final ThematiquesCommunesDecisions decisions;
    private final FonctionsCritiques fonctionsCritiques;
    private final SeanceService seances;
    private final Mandats mandats;
    private final Rejeu rejeu;

    DemoThematiquesCommunes(ThematiquesCommunesDecisions decisions, FonctionsCritiques fonctionsCritiques,
            SeanceService seances, Mandats mandats, Rejeu rejeu) {
        this.decisions = decisions;
        this.fonctionsCritiques = fonctionsCritiques;
        this.seances = seances;
        this.mandats = mandats;
        this.rejeu = rejeu;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (decisions.duBassin(BASSIN, ANNEE).isPresent()) {
            return;
        }
        rejeu.aSesDates(chronologie -> {
            chronologie.allerA(moment(GROUPE_DE_TRAVAIL));
            decisions.proposer(ANNEE, new ThematiquesCommunesDecisions.Proposition(GROUPE_DE_TRAVAIL,
                    new Recommandations(
                            "Promouvoir les métiers techniques et ceux dits « pénibles », souvent en pénurie, en "
                                    + "parlant de l'organisation du travail et du sens du métier.",
                            "Intégrer les évolutions technologiques et climatiques aux formations de la construction "
                                    + "et de l'industrie, et en tenir compte dans l'offre de chaque métier à adapter.",
                            "Développer les places de stage et l'alternance dans les métiers en pénurie.",
                            "Mutualiser les équipements entre écoles, centres de compétence et centres de "
                                    + "technologies avancées."),
                    DemoMetiersPrioritaires.lire()));
            chronologie.allerA(moment(PLENIERE));
            long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.INSTANCE_PLENIERE, PLENIERE,
                    "Liège", mandats.enCours(BASSIN, Chambre.INSTANCE_PLENIERE, PLENIERE).stream()
                            .map(Mandat::getMembre).toList(), List.of(), BASSIN)).id();
            decisions.inscrire(ANNEE, seance);
            decisions.decider(ANNEE, new ThematiquesCommunesDecisions.Decision(true, null, null, null, null));
            seances.cloturer(seance);
            fonctionsCritiques.remplacer(ANNEE + 1, List.of(
                    new FonctionSaisie("Conducteur de poids lourd", "N4101"),
                    new FonctionSaisie("Infirmier en soins généraux", "J1506"),
                    new FonctionSaisie("Technicien de maintenance industrielle", "I1304"),
                    new FonctionSaisie("Comptable", "M1203")));
            return null;
        });
    }

    private static Instant moment(LocalDate jour) {
        return jour.atTime(10, 0).atZone(ClockConfig.BRUXELLES).toInstant();
    }
}
