package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.demo.Rejeu;
import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.MembreSaisi;
import be.ibefe.avis.poles.Saisies.MesureSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.poles.Saisies.ReunionSaisie;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.system.ClockConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: two pôles of Liège (seed 000 l.406-494: économies durables et alternatives; communication, média
 * et multimédia), proposed in October 2024 with their members, approved with a fiche projet by an Instance plénière
 * séance, then their meetings (the CoMM's first one by videoconference on 29/11/2024, l.490) and a first measure of an
 * indicator. Everything goes through the application's services and the pôles' process, replayed at those dates;
 * nothing is written when Liège already has a pôle. Not with the demonstration year (profile demo-2024), whose
 * figures are those of the 2024 report: its six plénières, no seventh for the pôles. {@code avis.demo.poles=false}
 * leaves them out (the integration tests, whose shared context must not hold a 2024 plénière nobody asked for;
 * poles/DemoPolesIT loads them).
 */
@Component
@Profile("demo & !demo-2024")
@ConditionalOnProperty(name = "avis.demo.poles", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoPoles implements ApplicationRunner {

    static final String BASSIN = "LIE";

    private final Poles poles;
    private final PoleRepository repository;
    private final SeanceService seances;
    private final Mandats mandats;
    private final Rejeu rejeu;

    DemoPoles(Poles poles, PoleRepository repository, SeanceService seances, Mandats mandats, Rejeu rejeu) {
        this.poles = poles;
        this.repository = repository;
        this.seances = seances;
        this.mandats = mandats;
        this.rejeu = rejeu;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!repository.duBassin(List.of(BASSIN)).isEmpty()) {
            return;
        }
        rejeu.aSesDates(chronologie -> {
            chronologie.allerA(moment(LocalDate.of(2024, 10, 1)));
            PoleView eda = poles.creer(new PoleSaisi(BASSIN, NaturePole.POLE,
                    "Pôle de synergies économies durables et alternatives", "Économies durables et alternatives",
                    "Examiner les « nouveaux » métiers porteurs de sens et d'avenir, avec un focus sur la construction"
                            + " durable.", 36, List.of()));
            membre(eda, "Groupe Spi", "Chargée de mission", CategorieMembre.ENTREPRISES_PARTENAIRES_SOCIAUX, "Liège");
            membre(eda, "Construform Liège", "Coordinateur", CategorieMembre.OPERATEURS_EMPLOI_FORMATION_INSERTION,
                    "Liège");
            membre(eda, "Institut provincial d'enseignement de promotion sociale", "Directrice",
                    CategorieMembre.ENSEIGNEMENT_QUALIFIANT, "Seraing");
            PoleView comm = poles.creer(new PoleSaisi(BASSIN, NaturePole.POLE,
                    "Pôle de synergies communication, média et multimédia", "Famille E des thématiques communes :"
                            + " communication, média et multimédia", "Identifier l'offre de formation des métiers"
                            + " prioritaires de la famille E et la promouvoir.", 36, List.of()));
            membre(comm, "Union wallonne des entreprises", "Conseiller", CategorieMembre.ENTREPRISES_PARTENAIRES_SOCIAUX,
                    "Liège");
            membre(comm, "Le Forem", "Conseillère formation", CategorieMembre.OPERATEURS_EMPLOI_FORMATION_INSERTION,
                    "Liège");
            membre(comm, "Haute École de la Province de Liège", "Enseignant", CategorieMembre.ENSEIGNEMENT_QUALIFIANT,
                    "Liège");
            poles.ajouterFiche(comm.id(), new FicheSaisie("Répertoire de l'offre de formation en communication",
                    "Rendre visible l'offre de formation des métiers de la famille E", "Le Forem, écoles du qualifiant,"
                    + " centres de compétence", 18, "Demandeurs d'emploi, élèves du qualifiant",
                    "Recenser les formations du bassin liées aux métiers prioritaires de la famille E et les publier",
                    "Un répertoire publié et diffusé aux opérateurs", List.of(
                            new FicheSaisie.IndicateurSaisi(NatureIndicateur.SUIVI, "Réunions du groupe projet",
                                    "réunions", new BigDecimal(5)),
                            new FicheSaisie.IndicateurSaisi(NatureIndicateur.RESULTAT, "Formations recensées",
                                    "formations", new BigDecimal(40)))));

            LocalDate pleniere = LocalDate.of(2024, 10, 29);
            chronologie.allerA(moment(pleniere));
            long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.INSTANCE_PLENIERE, pleniere, "Liège",
                    mandats.enCours(BASSIN, Chambre.INSTANCE_PLENIERE, pleniere).stream().map(Mandat::getMembre)
                            .toList(), List.of(), BASSIN)).id();
            for (PoleView.Approbation point : poles.approbationsEnAttente()) {
                if (point.poleId() == eda.id() || point.poleId() == comm.id()) {
                    poles.decider(point.id(), new DecisionInstanceSaisie(seance, true, null));
                }
            }
            seances.cloturer(seance);

            reunion(chronologie, eda, LocalDate.of(2024, 11, 12), false, "Liège, Maison de l'emploi",
                    "Le pôle retient la construction durable comme premier chantier.");
            reunion(chronologie, comm, LocalDate.of(2024, 11, 29), true, null,
                    "Le contenu des deux prochaines rencontres est planifié.");
            reunion(chronologie, eda, LocalDate.of(2024, 12, 10), true, null,
                    "Une visite de chantier éco-construit est organisée au printemps.");
            chronologie.allerA(moment(LocalDate.of(2024, 12, 16)));
            PoleView vue = poles.consulter(comm.id());
            poles.mesurer(comm.id(), vue.fiches().get(0).id(), 1, new MesureSaisie(new BigDecimal(2)));
            return null;
        });
    }

    private void membre(PoleView pole, String organisation, String representant, CategorieMembre categorie,
            String commune) {
        poles.ajouterMembre(pole.id(), new MembreSaisi(organisation, representant, categorie, commune,
                LocalDate.of(2024, 10, 1)));
    }

    private void reunion(be.ibefe.avis.demo.Chronologie chronologie, PoleView pole, LocalDate date, boolean webinaire,
            String lieu, String decision) {
        chronologie.allerA(moment(date));
        List<Long> presents = poles.consulter(pole.id()).membres().stream().map(PoleView.Membre::id).limit(2).toList();
        poles.ajouterReunion(pole.id(), new ReunionSaisie(date, webinaire, lieu, null, presents, List.of(decision)));
    }

    private static java.time.Instant moment(LocalDate jour) {
        return jour.atTime(10, 0).atZone(ClockConfig.BRUXELLES).toInstant();
    }
}
