package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
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
    private final ThematiquesDeLAnnee thematiques;
    private final PolesDeLAnnee poles;

    public RapportService(RapportQueries queries, RedactionChapitre redaction, SeancesDeLAnnee seances, Clock clock,
            Perimetre perimetre, Bassins bassins, IdentitesBassins identites, ThematiquesDeLAnnee thematiques,
            PolesDeLAnnee poles) {
        this.thematiques = thematiques;
        this.poles = poles;
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
                auteur()).avecThematiques(couverts().stream().map(b -> thematiques(b, annee)).toList())
                .avecPoles(couverts().stream().map(b -> {
                    List<PolesDeLAnnee.PoleDeLAnnee> portes = poles.poles(b.code(), annee);
                    return new ChapitreActivite.PolesBassin(b.nom(), portes, portes.isEmpty() ? ("Aucun pôle de "
                            + "synergies ni groupe de travail n'est enregistré pour %d.").formatted(annee) : null);
                }).toList());
    }

    /**
     * What each bassin covered did with its thématiques communes in the year (seed 000 l.262-266): only what is
     * recorded, counted from the métiers the plénière validated.
     */
    private ChapitreActivite.ThematiquesBassin thematiques(Bassins.BassinView bassin, int annee) {
        return thematiques.thematiques(bassin.code(), annee).map(t -> {
            String groupe = "Le groupe de travail « thématiques communes » s'est réuni le %s.".formatted(
                    DatesEnFrancais.complete(t.dateGroupeTravail()));
            if (t.dateDecision() == null) {
                return new ChapitreActivite.ThematiquesBassin(bassin.nom(), groupe
                        + " Ses propositions n'ont pas été validées par l'Instance plénière en %d.".formatted(annee),
                        0, 0, 0, 0, true);
            }
            if (!t.validees()) {
                return new ChapitreActivite.ThematiquesBassin(bassin.nom(), groupe + (" L'Instance plénière a refusé "
                        + "de valider ses propositions le %s.").formatted(DatesEnFrancais.complete(t.dateDecision())),
                        0, 0, 0, 0, true);
            }
            return new ChapitreActivite.ThematiquesBassin(bassin.nom(), groupe + (" Les métiers prioritaires et les "
                    + "thématiques communes qu'il a définis ont été validés par l'Instance plénière le %s (%s) : %d "
                    + "métier(s) prioritaire(s), pour les demandes de %d.").formatted(
                    DatesEnFrancais.complete(t.dateDecision()), t.seance(), t.metiers(), annee + 1),
                    t.metiers(), t.creer(), t.maintenir(), t.adapter(), true);
        }).orElseGet(() -> new ChapitreActivite.ThematiquesBassin(bassin.nom(),
                "Aucune décision sur les thématiques communes n'est enregistrée pour %d.".formatted(annee), 0, 0, 0, 0,
                false));
    }

    private List<Bassins.BassinView> couverts() {
        return bassins.lister().stream()
                .filter(b -> perimetre.visibles().map(v -> v.contains(b.code())).orElse(true)).toList();
    }

    /**
     * Who the chapter speaks of: the Instance of the one bassin it covers and its chambre, by the names its
     * coordination gave them; over several bassins (the regional role's consolidated report), the Instances, named
     * by their bassins, in the words of the texts file.
     */
    private Map<String, String> auteur() {
        List<Bassins.BassinView> couverts = couverts();
        if (couverts.size() == 1) {
            EnTete bassin = identites.enTete(couverts.get(0).code(), LocalDate.now(clock.withZone(ClockConfig.BRUXELLES)));
            return Map.of("instance", "l'" + bassin.nomOfficiel(), "chambre", bassin.libelle(Chambre.CSEF));
        }
        return Map.of("bassins", " (" + String.join(", ", couverts.stream().map(Bassins.BassinView::nom).toList()) + ")");
    }
}
