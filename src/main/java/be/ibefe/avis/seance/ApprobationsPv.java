package be.ibefe.avis.seance;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval of the procès-verbaux. A closed séance's PV is provisional until the next séance of the same body
 * (same bassin, same chambre: the first one still open after it) approves it: an open séance's agenda opens with an
 * approval point for each earlier closed séance of its body whose PV is not approved yet and for which it is the
 * next séance, the oldest first. The body approves it (quorum, consensus or votes
 * that adopt it), possibly with corrections, or postpones it; a point left when the séance closes is recorded as not
 * examined, and the PV waits for the next séance. An approved PV does not change.
 */
@Service
public class ApprobationsPv {

    private static final String OBJET_APPROBATION = "l'approbation du procès-verbal";
    private static final String OBJET_REPORT = "la décision de reporter l'approbation du procès-verbal";

    private final SeanceRepository seances;
    private final ProcesVerbauxEnAttente enAttente;
    private final ApprobationPvRepository approbations;
    private final Scrutin scrutin;
    private final ParametresSeances parametres;
    private final Perimetre perimetre;
    private final Traces traces;
    private final Journal journal;
    private final Personnes personnes;
    private final IdentitesBassins identites;
    private final Bassins bassins;

    ApprobationsPv(SeanceRepository seances, ProcesVerbauxEnAttente enAttente, ApprobationPvRepository approbations,
            Scrutin scrutin, ParametresSeances parametres, Perimetre perimetre, Traces traces, Journal journal,
            Personnes personnes, IdentitesBassins identites, Bassins bassins) {
        this.bassins = bassins;
        this.seances = seances;
        this.enAttente = enAttente;
        this.approbations = approbations;
        this.scrutin = scrutin;
        this.parametres = parametres;
        this.perimetre = perimetre;
        this.traces = traces;
        this.journal = journal;
        this.personnes = personnes;
        this.identites = identites;
    }

    /**
     * {@code seanceId}: the séance whose procès-verbal is dealt with; {@code approuve} false postpones its approval;
     * {@code corrections} only with the approval; votes as for a deliberation ({@link VotesSaisis}), on adopting what
     * is recorded (the approval or the postponement); none: consensus.
     */
    public record Approbation(Long seanceId, Boolean approuve, String corrections, Integer pour, Integer contre,
            Integer abstentions, VotesSaisis.Comptes votes, Map<String, String> votesNominatifs) {

        VotesSaisis votesSaisis() {
            return new VotesSaisis(pour, contre, abstentions, votes, votesNominatifs, null);
        }
    }

    @Transactional
    public ApprobationPvView approuver(long id, Approbation saisie) {
        Seance seance = visible(id);
        seance.verifierOuverte();
        seance.verifierTenue(traces.maintenant().horodatage(), SeanceService.DECISIONS_PAS_ENCORE);
        if (saisie.seanceId() == null) {
            throw new DonneesInvalidesException("seanceId",
                    "Indiquez la séance dont le procès-verbal est approuvé (seanceId).");
        }
        Seance pv = visible(saisie.seanceId());
        seance.verifierQuorum(parametres.quorumProportion());
        List<ChampErreur> erreurs = new ArrayList<>();
        verifierMemeCorps(seance, pv, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        if (pv.getStatut() != StatutSeance.CLOTUREE) {
            throw new ConflitException("La séance du %s n'est pas clôturée : son procès-verbal n'est pas encore arrêté."
                    .formatted(pv.getDate().format(Seance.DATE)));
        }
        if (pv.getApprobationPvId() != null) {
            Seance approbatrice = seances.findById(approbations.findById(pv.getApprobationPvId()).orElseThrow()
                    .getSeanceId()).orElseThrow();
            throw new ConflitException("Le procès-verbal de la séance du %s a été approuvé le %s : il ne change plus."
                    .formatted(pv.getDate().format(Seance.DATE), approbatrice.getDate().format(Seance.DATE)));
        }
        approbations.findBySeanceIdAndSeancePvId(seance.getId(), pv.getId()).ifPresent(deja -> {
            throw new ConflitException("Cette séance a déjà traité le procès-verbal de la séance du %s (%s)."
                    .formatted(pv.getDate().format(Seance.DATE), deja.getStatut().libelle().toLowerCase()));
        });
        Seance suivante = suivante(pv, ouvertes(seance));
        if (!suivante.getId().equals(seance.getId())) {
            throw new ConflitException(("Le procès-verbal de la séance du %s revient à la séance suivante de la "
                    + "chambre, celle du %s : si elle n'a pas lieu, clôturez-la d'abord.")
                    .formatted(pv.getDate().format(Seance.DATE), suivante.getDate().format(Seance.DATE)));
        }
        if (saisie.approuve() == null) {
            erreurs.add(new ChampErreur("approuve", "Indiquez si le procès-verbal est approuvé (true) ou si son "
                    + "approbation est reportée (false)."));
        }
        String corrections = saisie.corrections() == null || saisie.corrections().isBlank() ? null
                : saisie.corrections().trim();
        if (corrections != null && Boolean.FALSE.equals(saisie.approuve())) {
            erreurs.add(new ChampErreur("corrections", "Les corrections sont notées avec l'approbation : un "
                    + "procès-verbal dont l'approbation est reportée n'en porte pas."));
        } else if (corrections != null && corrections.length() > SeanceService.LONGUEUR_MOTIVATION) {
            erreurs.add(new ChampErreur("corrections", "Les corrections ne peuvent dépasser %s caractères."
                    .formatted(Libelles.nombre(SeanceService.LONGUEUR_MOTIVATION))));
        }
        Scrutin.Resultat resultat = scrutin.evaluer(seance, saisie.votesSaisis(), erreurs);
        if (saisie.approuve() != null) {
            Scrutin.verifierAdoption(saisie.approuve() ? OBJET_APPROBATION : OBJET_REPORT, resultat.votes(),
                    "approuve", erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Trace trace = traces.maintenant();
        ApprobationPv approbation = approbations.save(new ApprobationPv(seance, pv,
                saisie.approuve() ? StatutApprobationPv.APPROUVE : StatutApprobationPv.REPORTE, corrections,
                resultat.votes(), trace));
        if (saisie.approuve()) {
            pv.approuverProcesVerbal(approbation);
        }
        Map<String, Object> apres = new LinkedHashMap<>();
        apres.put("procesVerbal", saisie.approuve() ? StatutProcesVerbal.APPROUVE : StatutProcesVerbal.PROVISOIRE);
        apres.put("approbation", approbation.getId());
        apres.put("seance", seance.getId());
        apres.put("corrections", corrections);
        apres.put("votes", resultat.votes());
        journal.consigner(saisie.approuve() ? "PV_APPROUVE" : "PV_APPROBATION_REPORTEE", "Seance", pv.getId(), null,
                Map.of("procesVerbal", StatutProcesVerbal.PROVISOIRE), apres);
        return vue(approbation, pv);
    }

    /**
     * When {@code seance} closes: every procès-verbal it still had to approve was not examined, and waits for the next
     * séance of the body.
     */
    void cloturer(Seance seance, Trace trace) {
        PointOrdreDuJour.Votes aucun = new PointOrdreDuJour.Votes(null, null, null);
        for (Seance pv : aExaminer(seance, approbations.findBySeanceIdOrderByIdAsc(seance.getId()))) {
            approbations.save(new ApprobationPv(seance, pv, StatutApprobationPv.NON_EXAMINE, null, aucun, trace));
        }
    }

    /** The status of the séance's own procès-verbal. */
    ProcesVerbalView procesVerbal(Seance seance) {
        if (seance.getApprobationPvId() == null) {
            return ProcesVerbalView.provisoire();
        }
        ApprobationPv approbation = approbations.findById(seance.getApprobationPvId()).orElseThrow();
        Seance approbatrice = seances.findById(approbation.getSeanceId()).orElseThrow();
        String jour = approbatrice.getDate().format(Seance.DATE);
        NomsDesOrganes noms = identites.noms(approbatrice.getBassin());
        String chambre = noms.libelle(approbatrice.getChambre());
        return new ProcesVerbalView(StatutProcesVerbal.APPROUVE, "Procès-verbal approuvé le %s par %s en sa séance du %s"
                .formatted(jour, noms.designation(approbatrice.getChambre()), jour), approbatrice.getId(),
                approbatrice.getDate(), chambre, approbation.getCorrections(), votes(approbation),
                approbation.getEnregistreePar(), personnes.nom(approbation.getEnregistreePar()),
                approbation.getEnregistreeLe());
    }

    /**
     * The séance's approval points, by the date of the séance whose PV it is: those it dealt with, and, while it is
     * open, those awaiting it.
     */
    List<ApprobationPvView> points(Seance seance) {
        if (seance.getId() == null) {
            return List.of();
        }
        List<ApprobationPv> traitees = approbations.findBySeanceIdOrderByIdAsc(seance.getId());
        Map<Long, Seance> pvs = seances.findAllById(traitees.stream().map(ApprobationPv::getSeancePvId).toList())
                .stream().collect(Collectors.toMap(Seance::getId, Function.identity()));
        List<ApprobationPvView> points = new ArrayList<>(traitees.stream()
                .map(a -> vue(a, pvs.get(a.getSeancePvId()))).toList());
        if (seance.getStatut() != StatutSeance.CLOTUREE) {
            aExaminer(seance, traitees).forEach(pv -> points.add(new ApprobationPvView(pv.getId(), pv.getDate(),
                    libelle(pv), StatutApprobationPv.A_EXAMINER, StatutApprobationPv.A_EXAMINER.libelle(), null,
                    new SeanceView.VotesView(null, null, null), null, null, null)));
        }
        points.sort(Comparator.comparing(ApprobationPvView::date).thenComparing(ApprobationPvView::seanceId));
        return points;
    }

    /**
     * Closed séances of the body before this one, whose PV is not approved, for which this séance is the next one,
     * and that it has not dealt with ({@code traitees}, its approval points).
     */
    private List<Seance> aExaminer(Seance seance, List<ApprobationPv> traitees) {
        Set<Long> pvsTraites = traitees.stream().map(ApprobationPv::getSeancePvId).collect(Collectors.toSet());
        List<Seance> nonApprouves = enAttente
                .findByBassinAndChambreAndStatutAndApprobationPvIdIsNullOrderByDateAscIdAsc(seance.getBassin(),
                        seance.getChambre(), StatutSeance.CLOTUREE);
        if (nonApprouves.isEmpty()) {
            return List.of();
        }
        List<Seance> ouvertes = ouvertes(seance);
        return nonApprouves.stream()
                .filter(pv -> avant(pv, seance) && !pvsTraites.contains(pv.getId())
                        && suivante(pv, ouvertes).getId().equals(seance.getId()))
                .toList();
    }

    /** The open séances of the body, with {@code seance} itself even as it closes, the oldest first. */
    private List<Seance> ouvertes(Seance seance) {
        List<Seance> ouvertes = new ArrayList<>(enAttente.findByBassinAndChambreAndStatutOrderByDateAscIdAsc(
                seance.getBassin(), seance.getChambre(), StatutSeance.PLANIFIEE));
        if (ouvertes.stream().noneMatch(s -> s.getId().equals(seance.getId()))) {
            ouvertes.add(seance);
        }
        ouvertes.sort(Comparator.comparing(Seance::getDate).thenComparing(Seance::getId));
        return ouvertes;
    }

    /** The first of {@code ouvertes} after {@code pv}: the séance that approves its PV (there is one, the caller's). */
    private static Seance suivante(Seance pv, List<Seance> ouvertes) {
        return ouvertes.stream().filter(s -> avant(pv, s)).findFirst().orElseThrow();
    }

    private void verifierMemeCorps(Seance seance, Seance pv, List<ChampErreur> erreurs) {
        String jour = pv.getDate().format(Seance.DATE);
        if (pv.getId().equals(seance.getId())) {
            erreurs.add(new ChampErreur("seanceId", "Une séance ne peut approuver son propre procès-verbal : il est "
                    + "approuvé à la séance suivante de la même chambre."));
        } else if (!pv.getBassin().equals(seance.getBassin())) {
            erreurs.add(new ChampErreur("seanceId", ("Le procès-verbal de la séance du %s est celui du bassin de %s : "
                    + "seule une séance de ce bassin peut l'approuver.").formatted(jour, bassins.nom(pv.getBassin()))));
        } else if (pv.getChambre() != seance.getChambre()) {
            erreurs.add(new ChampErreur("seanceId", ("Le procès-verbal de la séance du %s est celui de « %s » : "
                    + "seule une séance de cette chambre peut l'approuver.")
                    .formatted(jour, identites.noms(pv.getBassin()).libelle(pv.getChambre()))));
        } else if (!avant(pv, seance)) {
            erreurs.add(new ChampErreur("seanceId", ("La séance du %s n'a pas eu lieu avant celle-ci : son "
                    + "procès-verbal est approuvé par une séance suivante.").formatted(jour)));
        }
    }

    /** An earlier day, or the same day and created before. */
    private static boolean avant(Seance pv, Seance seance) {
        int jour = pv.getDate().compareTo(seance.getDate());
        return jour < 0 || (jour == 0 && pv.getId() < seance.getId());
    }

    private ApprobationPvView vue(ApprobationPv approbation, Seance pv) {
        return new ApprobationPvView(pv.getId(), pv.getDate(), libelle(pv), approbation.getStatut(),
                approbation.getStatut().libelle(), approbation.getCorrections(), votes(approbation),
                approbation.getEnregistreePar(), personnes.nom(approbation.getEnregistreePar()),
                approbation.getEnregistreeLe());
    }

    private static SeanceView.VotesView votes(ApprobationPv approbation) {
        return new SeanceView.VotesView(approbation.getPour(), approbation.getContre(), approbation.getAbstentions());
    }

    private static String libelle(Seance pv) {
        return "Approbation du procès-verbal de la séance du " + pv.getDate().format(Seance.DATE);
    }

    private Seance visible(long id) {
        return seances.findById(id).filter(s -> perimetre.voit(s.getBassin()))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucune séance n° " + id + "."));
    }
}
