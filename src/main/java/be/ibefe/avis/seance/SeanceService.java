package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.documents.DocumentView;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The séances of the chambres: agenda, deliberation, the Instance plénière's ratification of the Bureau's decisions
 * and validation of the CSEF's avis (one by one or en bloc), and closing, which moves every dossier's process on in
 * the same transaction.
 */
@Service
public class SeanceService {

    static final int LONGUEUR_MOTIVATION = 8000;
    private static final String NON_EXAMINE = "Non examiné en séance.";
    static final String DECISIONS_PAS_ENCORE = "ses décisions ne s'enregistrent";
    private static final Set<StatutPoint> DECIDES_PAR_LA_PLENIERE = EnumSet.of(StatutPoint.RATIFIE,
            StatutPoint.NON_RATIFIE, StatutPoint.VALIDE, StatutPoint.NON_VALIDE);

    private final SeanceRepository seances;
    private final PointRepository points;
    private final Mandats mandats;
    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final Scrutin scrutin;
    private final MessagesDeliberation messages;
    private final IdentitesBassins identites;
    private final ParametresSeances parametres;
    private final Traces traces;
    private final Perimetre perimetre;
    private final Personnes personnes;
    private final DocumentService documents;
    private final OriginesDesPoints origines;
    private final ApprobationsPv approbationsPv;
    private final List<SujetsDeLaPleniere> sujets;
    private final Bassins bassins;

    public SeanceService(SeanceRepository seances, PointRepository points, Mandats mandats, DossierService dossiers,
            TransitionsDuDossier transitions,
            Scrutin scrutin, MessagesDeliberation messages, IdentitesBassins identites, ParametresSeances parametres,
            Traces traces, Perimetre perimetre, Personnes personnes, DocumentService documents,
            OriginesDesPoints origines, ApprobationsPv approbationsPv, List<SujetsDeLaPleniere> sujets,
            Bassins bassins) {
        this.bassins = bassins;
        this.approbationsPv = approbationsPv;
        this.sujets = List.copyOf(sujets);
        this.documents = documents;
        this.origines = origines;
        this.perimetre = perimetre;
        this.personnes = personnes;
        this.seances = seances;
        this.points = points;
        this.mandats = mandats;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.scrutin = scrutin;
        this.messages = messages;
        this.identites = identites;
        this.parametres = parametres;
        this.traces = traces;
    }

    /**
     * {@code membresExcuses}: members who sent their excuses; a member convened who is neither present nor excused
     * is absent. {@code bassin} only for the regional role: a bassin's coordinator convenes his own chambre.
     */
    public record NouvelleSeance(Chambre chambre, LocalDate date, String lieu, List<String> membresPresents,
            List<String> membresExcuses, String bassin) {

        public NouvelleSeance(Chambre chambre, LocalDate date, String lieu, List<String> membresPresents) {
            this(chambre, date, lieu, membresPresents, null, null);
        }
    }

    public record Deliberation(Long dossierId, Decision decision, String motivation, String recommandation,
            Integer pour, Integer contre, Integer abstentions, VotesSaisis.Comptes votes,
            Map<String, String> votesNominatifs, List<String> deports) {

        VotesSaisis votesSaisis() {
            return new VotesSaisis(pour, contre, abstentions, votes, votesNominatifs, deports);
        }
    }

    /**
     * The plénière's decision on a decision of the Bureau (ratification) or an avis of the CSEF (validation):
     * {@code ratifiee} true confirms it, false refuses it (with a {@code motivation}) and withdraws the avis.
     */
    public record Ratification(Long dossierId, Boolean ratifiee, String motivation, Integer pour, Integer contre,
            Integer abstentions, VotesSaisis.Comptes votes, Map<String, String> votesNominatifs,
            List<String> deports) {

        VotesSaisis votesSaisis() {
            return new VotesSaisis(pour, contre, abstentions, votes, votesNominatifs, deports);
        }
    }

    /**
     * Points the plénière confirms together, in one vote: each decision of the Bureau ratified, each avis of the CSEF
     * validated. A refusal is always decided on its own, with its motivation.
     */
    public record RatificationEnBloc(List<Long> dossierIds, Integer pour, Integer contre, Integer abstentions,
            VotesSaisis.Comptes votes, Map<String, String> votesNominatifs, List<String> deports) {

        VotesSaisis votesSaisis() {
            return new VotesSaisis(pour, contre, abstentions, votes, votesNominatifs, deports);
        }
    }

    /** A subject that is no dossier ({@link SujetsDeLaPleniere}) for the agenda of a plénière: its kind and id. */
    public record NouveauSujet(String type, Long objetId) {
    }

    /**
     * The Instance's decision on a subject that is no dossier: {@code approuve} true approves it, false refuses it
     * (with a {@code motivation}); votes as for any point (none for a consensus).
     */
    public record DecisionSujet(String type, Long objetId, Boolean approuve, String motivation, Integer pour,
            Integer contre, Integer abstentions, VotesSaisis.Comptes votes, Map<String, String> votesNominatifs,
            List<String> deports) {

        VotesSaisis votesSaisis() {
            return new VotesSaisis(pour, contre, abstentions, votes, votesNominatifs, deports);
        }
    }

    @Transactional
    public SeanceView creer(NouvelleSeance saisie) {
        String bassin = perimetre.pourSaisie(saisie.bassin(), "bassin");
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.chambre() == null) {
            erreurs.add(Mandats.chambreObligatoire());
        }
        if (saisie.date() == null) {
            erreurs.add(new ChampErreur("date", "La date de la séance est obligatoire."));
        }
        Dates.verifierAnnee(saisie.date(), "date", erreurs);
        if (saisie.lieu() != null && saisie.lieu().length() > 300) {
            erreurs.add(new ChampErreur("lieu", "Le lieu ne peut dépasser 300 caractères."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        List<Mandat> convoques = mandats.enCours(bassin, saisie.chambre(), saisie.date());
        Set<String> presents = membres(saisie.membresPresents(), "membresPresents", convoques, bassin,
                saisie.chambre(), saisie.date(), erreurs);
        Set<String> excuses = excuses(saisie.membresExcuses(), presents, convoques, bassin, saisie.chambre(),
                saisie.date(), erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Seance seance = new Seance(bassin, saisie.chambre(), saisie.date(), saisie.lieu(), convoques, presents,
                excuses == null ? Set.of() : excuses, traces.maintenant());
        return vue(seances.save(seance));
    }

    /** The members present; those excused so far stay excused, but for those now present. */
    @Transactional
    public SeanceView marquerPresents(long id, List<String> membresPresents) {
        return marquerPresents(id, membresPresents, null);
    }

    /** {@code membresExcuses} null keeps those excused so far. */
    @Transactional
    public SeanceView marquerPresents(long id, List<String> membresPresents, List<String> membresExcuses) {
        Seance seance = charger(id);
        List<Mandat> convoques = mandats.enCours(seance.getBassin(), seance.getChambre(), seance.getDate());
        List<ChampErreur> erreurs = new ArrayList<>();
        Set<String> presents = membres(membresPresents, "membresPresents", convoques, seance.getBassin(),
                seance.getChambre(), seance.getDate(), erreurs);
        Set<String> excuses = excuses(membresExcuses, presents, convoques, seance.getBassin(), seance.getChambre(),
                seance.getDate(), erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        seance.marquerPresents(presents, excuses);
        return vue(seance);
    }

    @Transactional(readOnly = true)
    public SeanceView consulter(long id) {
        return vue(charger(id));
    }

    @Transactional(readOnly = true)
    public List<SeanceResume> lister(int annee) {
        Map<String, NomsDesOrganes> noms = new HashMap<>();
        return seances.findByDateBetweenOrderByDateAscIdAsc(LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31))
                .stream().filter(s -> perimetre.voit(s.getBassin())).map(s -> new SeanceResume(s.getId(),
                        s.getChambre(), noms.computeIfAbsent(s.getBassin(), identites::noms).libelle(s.getChambre()),
                        s.getDate(), s.getLieu(), s.getStatut(), approbationsPv.procesVerbal(s)))
                .toList();
    }

    /**
     * Puts on the agenda what waits for this chambre: avis to validate and decisions of the Bureau to ratify, taken on
     * or before the séance's day (one taken later waits for the next plénière), then every dossier ready for séance,
     * the nearest deadline first.
     */
    @Transactional
    public SeanceView construireOrdreDuJour(long id) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        verifierQuElleRendDesAvis(seance);
        int rang = points.dernierRang(id);
        List<PointOrdreDuJour> enAttente = points.findByChambreAndStatutOrderByIdAsc(seance.getChambre(),
                StatutPoint.A_INSCRIRE);
        Set<Long> duBassin = dossiers.parIds(enAttente.stream().map(PointOrdreDuJour::getDossierId).toList()).stream()
                .filter(d -> d.getBassin().equals(seance.getBassin())).map(Dossier::getId).collect(Collectors.toSet());
        List<PointOrdreDuJour> duBassinEnAttente = enAttente.stream().filter(p -> duBassin.contains(p.getDossierId()))
                .toList();
        Map<Long, OriginesDesPoints.Origine> originesEnAttente = origines.de(seance.getBassin(), duBassinEnAttente);
        for (PointOrdreDuJour point : duBassinEnAttente) {
            OriginesDesPoints.Origine origine = originesEnAttente.get(point.getId());
            if (origine == null || !origine.date().isAfter(seance.getDate())) {
                point.inscrire(seance, ++rang);
            }
        }
        Trace trace = traces.maintenant();
        for (Dossier dossier : dossiers.pretsPourSeance(seance.getBassin(), seance.getChambre())) {
            transitions.inscrire(dossier, seance.designation(noms(seance)), trace);
            points.save(PointOrdreDuJour.deliberation(seance, dossier.getId(), ++rang));
        }
        return vue(seance);
    }

    @Transactional
    public SeanceView ajouter(long id, long dossierId) {
        inscrire(id, dossierId);
        return vue(charger(id));
    }

    /**
     * {@link #ajouter} without building the séance's view, for who does not show it (the page redirects, the
     * demonstration year puts 142 dossiers on one agenda: a view after each would read the agenda 142 times).
     */
    @Transactional
    public void inscrire(long id, long dossierId) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        verifierQuElleRendDesAvis(seance);
        Dossier dossier = dossiers.charger(dossierId);
        if (dossier.getStatut() != Statut.PRET_POUR_SEANCE || dossier.getChambre() != seance.getChambre()
                || !dossier.getBassin().equals(seance.getBassin())) {
            throw new ConflitException("Le dossier %s (« %s ») n'attend pas une séance de « %s »."
                    .formatted(dossier.getReference(), dossier.getStatut().libelle(),
                            noms(seance).libelle(seance.getChambre())));
        }
        transitions.inscrire(dossier, seance.designation(noms(seance)), traces.maintenant());
        points.save(PointOrdreDuJour.deliberation(seance, dossierId, points.dernierRang(id) + 1));
    }

    /** The CAFE and the Chambre Enseignement meet without deliberating on dossiers: nothing goes on their agenda. */
    private void verifierQuElleRendDesAvis(Seance seance) {
        if (!seance.getChambre().rendDesAvis()) {
            throw new ConflitException("« %s » ne rend pas d'avis : aucun dossier ne va à l'ordre du jour de ses séances."
                    .formatted(noms(seance).libelle(seance.getChambre())));
        }
    }

    @Transactional
    public SeanceView retirer(long id, long dossierId) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        List<PointOrdreDuJour> duDossier = points.findBySeanceIdOrderByOrdreAscIdAsc(id).stream()
                .filter(p -> p.duDossier(dossierId)).toList();
        if (duDossier.isEmpty()) {
            throw new RessourceIntrouvableException("Le dossier n° %d n'est pas à l'ordre du jour de cette séance."
                    .formatted(dossierId));
        }
        for (PointOrdreDuJour point : duDossier) {
            if (point.getStatut() != StatutPoint.INSCRIT) {
                throw new ConflitException("Le dossier a déjà été traité dans cette séance : il ne peut être retiré.");
            }
            if (point.getNature() == NaturePoint.DELIBERATION) {
                transitions.desinscrire(dossiers.charger(dossierId), seance.designation(noms(seance)),
                        traces.maintenant());
                points.delete(point);
            } else {
                point.reporter();
            }
        }
        return vue(seance);
    }

    @Transactional
    public SeanceView.PointView deliberer(long id, Deliberation saisie) {
        Seance seance = ouverteAvecQuorum(id);
        PointOrdreDuJour point = point(seance, saisie.dossierId(), NaturePoint.DELIBERATION);
        Dossier dossier = dossiers.charger(saisie.dossierId());
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.decision() == null || saisie.decision() == Decision.RETIRE) {
            erreurs.add(new ChampErreur("decision", "La décision est obligatoire : %s.".formatted(Libelles.unParmi(
                    Arrays.stream(Decision.values()).filter(d -> d != Decision.RETIRE).toList()))));
        }
        texteObligatoire(saisie.motivation(), "motivation", erreurs);
        CriteresKo.verifierMotivation(saisie.decision(), saisie.motivation(), dossier.getCriteres(), erreurs);
        if (saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION) {
            texteObligatoire(saisie.recommandation(), "recommandation", erreurs);
        }
        Scrutin.Resultat resultat = scrutin.evaluer(seance, dossier, saisie.votesSaisis(), erreurs);
        Scrutin.verifierAdoption(saisie.decision(), resultat.votes(), erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        String recommandation = saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION
                ? saisie.recommandation().trim() : null;
        Trace trace = traces.maintenant();
        point.deliberer(saisie.decision(), saisie.motivation().trim(), recommandation, resultat.votes(),
                resultat.deports(), trace);
        if (saisie.decision() != Decision.AJOURNE) {
            transitions.deliberer(dossier, saisie.decision(), saisie.motivation().trim(), recommandation,
                    seance.designation(noms(seance)), trace);
        }
        return pointView(point, dossier, seance.getPresences(), documents.parDossier(List.of(dossier.getId())),
                Map.of());
    }

    @Transactional
    public SeanceView.PointView ratifier(long id, Ratification saisie) {
        Seance seance = pleniereOuverteAvecQuorum(id);
        PointOrdreDuJour point = pointSoumis(seance, saisie.dossierId());
        point.verifierInscrit();
        Dossier dossier = dossiers.charger(saisie.dossierId());
        List<ChampErreur> erreurs = new ArrayList<>();
        boolean validation = point.getNature() == NaturePoint.VALIDATION;
        if (saisie.ratifiee() == null) {
            erreurs.add(new ChampErreur("ratifiee", validation
                    ? "Indiquez si l'avis est validé (true) ou si la validation est refusée (false)."
                    : "Indiquez si la décision est ratifiée (true) ou si la ratification est refusée (false)."));
        }
        if (Boolean.FALSE.equals(saisie.ratifiee())) {
            texteObligatoire(saisie.motivation(), "motivation", erreurs);
        }
        Scrutin.Resultat resultat = scrutin.evaluer(seance, dossier, saisie.votesSaisis(), erreurs);
        if (Boolean.TRUE.equals(saisie.ratifiee())) {
            Scrutin.verifierAdoption("ratifiee", libelleConfirmation(validation, true), resultat.votes(), erreurs);
        } else if (Boolean.FALSE.equals(saisie.ratifiee())) {
            Scrutin.verifierRefus("ratifiee", libelleConfirmation(validation, false), resultat.votes(), erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        point.ratifier(saisie.ratifiee(), saisie.motivation() == null || saisie.motivation().isBlank() ? null
                : saisie.motivation().trim(), resultat.votes(), resultat.deports(), false, traces.maintenant());
        return pointView(point, dossier, seance.getPresences(), documents.parDossier(List.of(dossier.getId())),
                origines.de(seance.getBassin(), List.of(point)));
    }

    /**
     * Confirms the points listed together, in one vote on them all: every one must be on this plénière's agenda for
     * ratification or validation and not yet decided, and a member who steps out for one of them (a link with its
     * applicant) steps out for the whole vote or the point is decided on its own.
     */
    @Transactional
    public SeanceView ratifierEnBloc(long id, RatificationEnBloc saisie) {
        Seance seance = pleniereOuverteAvecQuorum(id);
        List<Long> ids = saisie.dossierIds() == null ? List.of() : saisie.dossierIds();
        if (ids.isEmpty()) {
            throw new DonneesInvalidesException("dossierIds",
                    "Indiquez les dossiers que l'Instance plénière confirme ensemble (au moins un).");
        }
        List<PointOrdreDuJour> agenda = points.findBySeanceIdOrderByOrdreAscIdAsc(id);
        List<ChampErreur> erreurs = new ArrayList<>();
        Map<Integer, PointOrdreDuJour> retenus = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Long dossierId = ids.get(i);
            String champ = "dossierIds[" + i + "]";
            PointOrdreDuJour point = dossierId == null ? null : soumis(agenda, dossierId).orElse(null);
            if (point == null) {
                erreurs.add(new ChampErreur(champ, "Le dossier n° %s n'est pas à l'ordre du jour de cette séance pour "
                        .formatted(dossierId) + "ratification ou validation."));
            } else if (retenus.containsValue(point)) {
                erreurs.add(new ChampErreur(champ, "Le dossier n° %d est cité deux fois.".formatted(dossierId)));
            } else if (point.getStatut() != StatutPoint.INSCRIT) {
                erreurs.add(new ChampErreur(champ, "Le dossier n° %d a déjà été traité dans cette séance (%s)."
                        .formatted(dossierId, point.getStatut().libelle().toLowerCase(Locale.FRENCH))));
            } else {
                retenus.put(i, point);
            }
        }
        Map<Long, Dossier> parId = dossiers.parIds(retenus.values().stream().map(PointOrdreDuJour::getDossierId)
                .toList()).stream().collect(Collectors.toMap(Dossier::getId, Function.identity()));
        Set<String> declares = saisie.deports() == null ? Set.of() : Set.copyOf(saisie.deports());
        Set<ChampErreur> erreursDuVote = new LinkedHashSet<>();
        Map<PointOrdreDuJour, Scrutin.Resultat> resultats = new LinkedHashMap<>();
        retenus.forEach((i, point) -> {
            Dossier dossier = parId.get(point.getDossierId());
            List<ChampErreur> duPoint = new ArrayList<>();
            Scrutin.Resultat resultat = scrutin.evaluer(seance, dossier, saisie.votesSaisis(), duPoint);
            erreursDuVote.addAll(duPoint);
            resultat.deports().stream().filter(d -> !declares.contains(d.getMembre())).forEach(d -> erreurs.add(
                    new ChampErreur("dossierIds[" + i + "]", ("« %s » se déporte pour le dossier %s (%s) : décidez ce "
                            + "point à part, ou déclarez son déport pour tout le vote en bloc.").formatted(
                            scrutin.nom(seance, d.getMembre()),
                            dossier.getReference(), d.getRaison().toLowerCase(Locale.FRENCH)))));
            resultats.put(point, resultat);
        });
        erreurs.addAll(erreursDuVote);
        if (!resultats.isEmpty()) {
            Scrutin.verifierAdoption("votes", "confirmation en bloc", resultats.values().iterator().next().votes(),
                    erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Trace trace = traces.maintenant();
        resultats.forEach((point, resultat) -> point.ratifier(true, null, resultat.votes(), resultat.deports(), true,
                trace));
        return vue(seance);
    }

    /**
     * The last refusal of the Instance plénière to ratify or validate the dossier's decision, once the plénière is
     * closed: what the withdrawal of the avis tells.
     */
    @Transactional(readOnly = true)
    public Optional<RefusDeLaPleniere> dernierRefus(long dossierId) {
        return dernierRefus(dossierId, Instant.MAX);
    }

    /**
     * The last refusal recorded by a plénière closed at {@code auPlusTard} or before: the one a letter produced then
     * tells.
     */
    @Transactional(readOnly = true)
    public Optional<RefusDeLaPleniere> dernierRefus(long dossierId, Instant auPlusTard) {
        // the last by its plénière's closing, not by id: in a cluster each node takes its ids in its own blocks
        // (migration V41), so that a later point may have a smaller id
        return points.findByDossierIdAndStatutInOrderByIdDesc(dossierId,
                        EnumSet.of(StatutPoint.NON_RATIFIE, StatutPoint.NON_VALIDE)).stream()
                .filter(p -> p.getSeance().getStatut() == StatutSeance.CLOTUREE
                        && !p.getSeance().getClotureeLe().isAfter(auPlusTard))
                .max(Comparator.comparing((PointOrdreDuJour p) -> p.getSeance().getClotureeLe())
                        .thenComparing(PointOrdreDuJour::getId))
                .map(point -> {
                    Seance pleniere = point.getSeance();
                    OriginesDesPoints.Origine origine = origines.de(pleniere.getBassin(), List.of(point))
                            .get(point.getId());
                    // a point older than the link to its measure: its body is still known from its nature (the
                    // plénière validates the CSEF's avis and ratifies the Bureau's decisions), its day is not
                    Chambre chambre = origine != null ? origine.chambre()
                            : point.getNature() == NaturePoint.VALIDATION ? Chambre.CSEF : Chambre.BUREAU;
                    return new RefusDeLaPleniere(point.getNature(), point.getDecision(), point.getMotivation(),
                            origine == null ? null : origine.designation(),
                            origine == null ? noms(pleniere).libelle(chambre)
                                    : origine.reunionDePole() ? origine.organeDesigne() : origine.organe(), chambre,
                            origine == null ? null : origine.date(),
                            origine != null && origine.mesureUrgente(), pleniere.designation(noms(pleniere)),
                            pleniere.getDate(), point.getMotivationRatification(),
                            personnes.nom(pleniere.getClotureePar()),
                            new PointOrdreDuJour.Votes(point.getPour(), point.getContre(), point.getAbstentions()));
                });
    }

    private static String libelleConfirmation(boolean validation, boolean confirme) {
        if (validation) {
            return confirme ? "avis validé" : "validation refusée";
        }
        return confirme ? "décision ratifiée" : "ratification refusée";
    }

    /**
     * Closes the séance: decided dossiers go on to notification and to the next Instance plénière (a decision of the
     * Bureau to ratify, an avis of the CSEF to validate); adjourned or unexamined ones wait for the next séance. At a
     * plénière, each ratification or validation decided moves its dossier's process on (a refusal withdraws the avis);
     * those not examined go to the next plénière.
     */
    @Transactional
    public SeanceView cloturer(long id) {
        Seance seance = charger(id);
        Trace trace = traces.maintenant();
        seance.cloturer(trace);
        approbationsPv.cloturer(seance, trace);
        String designation = seance.designation(noms(seance));
        for (PointOrdreDuJour point : points.findBySeanceIdOrderByOrdreAscIdAsc(id)) {
            switch (point.getNature()) {
                case DELIBERATION -> cloturerDeliberation(seance, point, designation, trace);
                case RATIFICATION, VALIDATION -> {
                    if (point.getStatut() == StatutPoint.INSCRIT) {
                        points.save(point.reporterALaPleniereSuivante());
                    } else {
                        messages.decisionPleniere(point.getDossierId(), !point.getStatut().refusParLaPleniere(),
                                point.getMotivationRatification());
                    }
                }
                case INFORMATION -> point.prendreActe();
                case APPROBATION -> {
                    // not examined: it waits for the Instance again, proposed to the next plénière's agenda
                    if (point.getStatut() == StatutPoint.INSCRIT) {
                        point.nonExamine();
                        source(point.getObjetType()).retirer(point.getObjetId());
                    }
                }
            }
        }
        return vue(seance);
    }

    private void cloturerDeliberation(Seance seance, PointOrdreDuJour point, String designation, Trace trace) {
        if (point.getStatut() == StatutPoint.DELIBERE) {
            messages.deliberation(point.getDossierId(), point.getDecision(), point.getMotivation(),
                    point.getRecommandation(), seance.getChambre());
            if (seance.getChambre() != Chambre.INSTANCE_PLENIERE) {
                points.save(PointOrdreDuJour.pourLaPleniere(seance, point));
            }
            return;
        }
        Dossier dossier = dossiers.charger(point.getDossierId());
        if (point.getStatut() == StatutPoint.INSCRIT) {
            point.nonExamine();
            transitions.reporterNonExamine(dossier, designation, trace);
            messages.deliberation(point.getDossierId(), Decision.AJOURNE, NON_EXAMINE, null, seance.getChambre());
            return;
        }
        transitions.ajourner(dossier, designation, trace);
        messages.deliberation(point.getDossierId(), Decision.AJOURNE, point.getMotivation(), null,
                seance.getChambre());
    }

    /**
     * What waits for the Instance that is no dossier (a pôle's approvals, the thématiques communes of the year) and is
     * on no open agenda yet: proposed for this séance's, when it is an open plénière.
     */
    @Transactional(readOnly = true)
    public List<SujetsDeLaPleniere.Sujet> sujetsAInscrire(long id) {
        Seance seance = charger(id);
        if (seance.getChambre() != Chambre.INSTANCE_PLENIERE || seance.getStatut() == StatutSeance.CLOTUREE) {
            return List.of();
        }
        return sujets.stream().flatMap(source -> source.enAttente(seance.getBassin()).stream())
                .filter(sujet -> points.findByObjetTypeAndObjetIdAndStatut(sujet.type(), sujet.id(),
                        StatutPoint.INSCRIT).isEmpty())
                .toList();
    }

    /**
     * Puts on the agenda of this plénière (open, of the subject's bassin) a subject that waits for the Instance's
     * decision and is on no other agenda.
     */
    @Transactional
    public SeanceView inscrireSujet(long id, NouveauSujet saisie) {
        Seance seance = pleniereOuverte(id, "approuve");
        inscrire(seance, saisie == null ? null : saisie.type(), saisie == null ? null : saisie.objetId());
        return vue(seance);
    }

    private PointOrdreDuJour inscrire(Seance seance, String type, Long objetId) {
        SujetsDeLaPleniere source = source(type);
        if (objetId == null) {
            throw new DonneesInvalidesException("objetId", "Le numéro du point à approuver est obligatoire.");
        }
        SujetsDeLaPleniere.Sujet sujet = sujet(source, objetId);
        if (!sujet.bassin().equals(seance.getBassin())) {
            throw new ConflitException(("« %s » relève du bassin de %s : seule une Instance plénière de ce bassin en "
                    + "décide, cette séance est du bassin de %s.").formatted(sujet.libelle(),
                            bassins.nom(sujet.bassin()), bassins.nom(seance.getBassin())));
        }
        if (!sujet.aDecider()) {
            throw new ConflitException("L'Instance n'a plus à décider de « %s ».".formatted(sujet.libelle()));
        }
        Optional<PointOrdreDuJour> ailleurs = points.findByObjetTypeAndObjetIdAndStatut(source.type(), objetId,
                StatutPoint.INSCRIT);
        if (ailleurs.isPresent()) {
            Seance autre = ailleurs.get().getSeance();
            throw new ConflitException("« %s » est déjà à l'ordre du jour de la séance « %s »."
                    .formatted(sujet.libelle(), autre.designation(noms(autre))));
        }
        source.inscrire(objetId, quiDecide(seance));
        return points.save(PointOrdreDuJour.approbation(seance, source.type(), objetId,
                points.dernierRang(seance.getId()) + 1));
    }

    /** Takes off this séance's agenda a subject it has not decided: it waits for the Instance again. */
    @Transactional
    public SeanceView retirerSujet(long id, String type, long objetId) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        SujetsDeLaPleniere source = source(type);
        PointOrdreDuJour point = pointDuSujet(seance, source.type(), objetId)
                .orElseThrow(() -> new RessourceIntrouvableException("Le point n° %d (%s) n'est pas à l'ordre du jour de cette séance."
                        .formatted(objetId, source.type())));
        if (point.getStatut() != StatutPoint.INSCRIT) {
            throw new ConflitException("Ce point a déjà été traité dans cette séance : il ne peut être retiré.");
        }
        points.delete(point);
        source.retirer(objetId);
        return vue(seance);
    }

    /**
     * The Instance's decision, in this plénière (open, with its quorum), on a subject on its agenda; with
     * {@code inscrireSiAbsent}, one not on it yet is put on it first (the pôles' and thématiques' own endpoints, which
     * name the séance). The subject's bean applies the decision in the same transaction.
     */
    @Transactional
    public SeanceView.SujetView deciderSujet(long id, DecisionSujet saisie, boolean inscrireSiAbsent) {
        Seance seance = pleniereOuverte(id, "approuve");
        avecQuorum(seance);
        SujetsDeLaPleniere source = source(saisie.type());
        if (saisie.objetId() == null) {
            throw new DonneesInvalidesException("objetId", "Le numéro du point à approuver est obligatoire.");
        }
        Optional<PointOrdreDuJour> inscrit = pointDuSujet(seance, source.type(), saisie.objetId());
        PointOrdreDuJour point = inscrit.isPresent() || !inscrireSiAbsent ? inscrit.orElseThrow(() ->
                new ConflitException("Le point n° %d (%s) n'est pas à l'ordre du jour de cette séance."
                        .formatted(saisie.objetId(), source.type())))
                : inscrire(seance, source.type(), saisie.objetId());
        point.verifierInscrit();
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.approuve() == null) {
            erreurs.add(new ChampErreur("approuve", "Précisez si l'Instance approuve ce point ou le refuse."));
        }
        String motivation = saisie.motivation() == null || saisie.motivation().isBlank() ? null
                : saisie.motivation().trim();
        if (Boolean.FALSE.equals(saisie.approuve())) {
            texteObligatoire(saisie.motivation(), "motivation", erreurs);
        } else if (motivation != null && motivation.length() > LONGUEUR_MOTIVATION) {
            texteObligatoire(motivation, "motivation", erreurs);
        }
        Scrutin.Resultat resultat = scrutin.evaluer(seance, saisie.votesSaisis(), erreurs);
        if (saisie.approuve() != null) {
            Scrutin.verifierAdoption("approuve", saisie.approuve() ? "approuvé" : "refusé", resultat.votes(), erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        point.approuver(saisie.approuve(), motivation, resultat.votes(), resultat.deports(), traces.maintenant());
        source.decider(saisie.objetId(), new SujetsDeLaPleniere.Decision(saisie.approuve(), motivation,
                resultat.votes().pour(), resultat.votes().contre(), resultat.votes().abstentions(), quiDecide(seance)));
        return sujetView(point, sujet(source, saisie.objetId()), seance.getPresences());
    }

    private Optional<PointOrdreDuJour> pointDuSujet(Seance seance, String type, long objetId) {
        return points.findBySeanceIdOrderByOrdreAscIdAsc(seance.getId()).stream()
                .filter(p -> p.concerne(type, objetId))
                .min(Comparator.comparing(p -> p.getStatut() == StatutPoint.INSCRIT ? 0 : 1));
    }

    private SujetsDeLaPleniere source(String type) {
        return sujets.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new DonneesInvalidesException("type", "Type de point « %s » inconnu : %s."
                        .formatted(type == null ? "" : type, Libelles.unParmi(sujets.stream()
                                .map(SujetsDeLaPleniere::type).sorted().toList()))));
    }

    private static SujetsDeLaPleniere.Sujet sujet(SujetsDeLaPleniere source, long objetId) {
        return source.sujet(objetId).orElseThrow(() -> new RessourceIntrouvableException(
                "Aucun point n° %d à approuver (%s).".formatted(objetId, source.type())));
    }

    private SeanceQuiDecide quiDecide(Seance seance) {
        return new SeanceQuiDecide(seance.getId(), seance.getBassin(), seance.getDate(),
                seance.designation(noms(seance)));
    }

    /** An open séance of the Instance plénière: the only one that approves what is no dossier. */
    private Seance pleniereOuverte(long id, String champ) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        if (seance.getChambre() != Chambre.INSTANCE_PLENIERE) {
            NomsDesOrganes noms = noms(seance);
            throw new ConflitException("Seule %s approuve ce qui lui est soumis : cette séance est une séance de « %s »."
                    .formatted(noms.designation(Chambre.INSTANCE_PLENIERE), noms.libelle(seance.getChambre())));
        }
        return seance;
    }

    private Seance pleniereOuverteAvecQuorum(long id) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        if (seance.getChambre() != Chambre.INSTANCE_PLENIERE) {
            NomsDesOrganes noms = noms(seance);
            throw new ConflitException("Seule l'%s ratifie ou valide les décisions : cette séance est une séance de « %s »."
                    .formatted(noms.libelle(Chambre.INSTANCE_PLENIERE), noms.libelle(seance.getChambre())));
        }
        return avecQuorum(seance);
    }

    private Seance ouverteAvecQuorum(long id) {
        Seance seance = charger(id);
        seance.verifierOuverte();
        return avecQuorum(seance);
    }

    /** A séance that decides: held by now, with its quorum. */
    private Seance avecQuorum(Seance seance) {
        seance.verifierTenue(traces.maintenant().horodatage(), DECISIONS_PAS_ENCORE);
        seance.verifierQuorum(parametres.quorumProportion());
        return seance;
    }

    private PointOrdreDuJour point(Seance seance, Long dossierId, NaturePoint nature) {
        if (dossierId == null) {
            throw new DonneesInvalidesException("dossierId", "Le dossier est obligatoire.");
        }
        return points.duDossier(seance.getId(), dossierId, nature)
                .orElseThrow(() -> new ConflitException("Le dossier n° %d n'est pas à l'ordre du jour de cette séance."
                        .formatted(dossierId)));
    }

    /** The dossier's point for ratification or validation on the plénière's agenda, the one still to decide first. */
    private PointOrdreDuJour pointSoumis(Seance seance, Long dossierId) {
        if (dossierId == null) {
            throw new DonneesInvalidesException("dossierId", "Le dossier est obligatoire.");
        }
        return soumis(points.findBySeanceIdOrderByOrdreAscIdAsc(seance.getId()), dossierId)
                .orElseThrow(() -> new ConflitException(("Le dossier n° %d n'est pas à l'ordre du jour de cette séance "
                        + "pour ratification ou validation.").formatted(dossierId)));
    }

    private static Optional<PointOrdreDuJour> soumis(List<PointOrdreDuJour> agenda, long dossierId) {
        return agenda.stream().filter(p -> p.duDossier(dossierId) && (p.getNature() == NaturePoint.RATIFICATION
                        || p.getNature() == NaturePoint.VALIDATION))
                .min(Comparator.comparing(p -> p.getStatut() == StatutPoint.INSCRIT ? 0 : 1));
    }

    /** The logins listed in {@code champ}, each of them a member of the bassin's chambre on the date. */
    Set<String> membres(List<String> saisis, String champ, List<Mandat> convoques, String bassin, Chambre chambre,
            LocalDate date, List<ChampErreur> erreurs) {
        Set<String> membres = convoques.stream().map(Mandat::getMembre).collect(Collectors.toSet());
        Set<String> retenus = new HashSet<>();
        List<String> liste = saisis == null ? List.of() : saisis;
        for (int i = 0; i < liste.size(); i++) {
            if (!membres.contains(liste.get(i))) {
                erreurs.add(new ChampErreur(champ + "[" + i + "]", "« %s » n'est pas membre de « %s » au %s."
                        .formatted(nom(liste.get(i), convoques), identites.noms(bassin).libelle(chambre),
                                date.format(Seance.DATE))));
            }
            retenus.add(liste.get(i));
        }
        return retenus;
    }

    /** Null when not given; a member cannot be both present and excused. */
    private Set<String> excuses(List<String> saisis, Set<String> presents, List<Mandat> convoques, String bassin,
            Chambre chambre, LocalDate date, List<ChampErreur> erreurs) {
        if (saisis == null) {
            return null;
        }
        Set<String> excuses = membres(saisis, "membresExcuses", convoques, bassin, chambre, date, erreurs);
        for (int i = 0; i < saisis.size(); i++) {
            if (presents.contains(saisis.get(i))) {
                erreurs.add(new ChampErreur("membresExcuses[" + i + "]",
                        "« %s » est indiqué présent : il ne peut être excusé.".formatted(nom(saisis.get(i), convoques))));
            }
        }
        return excuses;
    }

    /** A member as a message names him: the name of his mandate, else of his account (a login is no name). */
    private String nom(String login, List<Mandat> convoques) {
        return convoques.stream().filter(m -> m.getMembre().equals(login)).map(Mandat::getNom).findFirst()
                .orElseGet(() -> personnes.nom(login));
    }

    /**
     * A text a decision requires: its {@code champ} is {@code motivation}, {@code recommandation} or
     * {@code justification}, and the message names it (« La recommandation est obligatoire. »).
     */
    static void texteObligatoire(String texte, String champ, List<ChampErreur> erreurs) {
        String nom = switch (champ) {
            case "motivation" -> "La motivation";
            case "recommandation" -> "La recommandation";
            case "justification" -> "La justification";
            default -> throw new IllegalArgumentException("Texte sans nom : " + champ);
        };
        if (texte == null || texte.isBlank()) {
            erreurs.add(new ChampErreur(champ, nom + " est obligatoire."));
        } else if (texte.length() > LONGUEUR_MOTIVATION) {
            erreurs.add(new ChampErreur(champ, "%s ne peut dépasser %s caractères."
                    .formatted(nom, Libelles.nombre(LONGUEUR_MOTIVATION))));
        }
    }

    private NomsDesOrganes noms(Seance seance) {
        return identites.noms(seance.getBassin());
    }

    private Seance charger(long id) {
        return seances.findById(id).filter(s -> perimetre.voit(s.getBassin())).orElseThrow(() -> new RessourceIntrouvableException("Aucune séance n° " + id + "."));
    }

    private SeanceView vue(Seance seance) {
        List<PointOrdreDuJour> tous = seance.getId() == null ? List.of()
                : points.findBySeanceIdOrderByOrdreAscIdAsc(seance.getId());
        List<PointOrdreDuJour> agenda = tous.stream().filter(p -> p.getDossierId() != null).toList();
        List<Long> dossierIds = agenda.stream().map(PointOrdreDuJour::getDossierId).toList();
        Map<Long, Dossier> parId = dossiers.parIds(dossierIds).stream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity()));
        Map<Long, List<DocumentView>> documentsParDossier = documents.parDossier(dossierIds);
        Map<Long, OriginesDesPoints.Origine> originesParPoint = origines.de(seance.getBassin(), agenda);
        List<Presence> presences = seance.getPresences();
        return new SeanceView(seance.getId(), seance.getBassin(), seance.getChambre(),
                noms(seance).libelle(seance.getChambre()),
                seance.getDate(), seance.getLieu(), seance.getStatut(),
                presences.stream().map(p -> new SeanceView.MembreView(p.getMembre(), p.getNom(), p.getQualite(),
                        p.isVoixDeliberative(), p.isPresent(), p.isExcuse())).toList(),
                presences.stream().filter(Presence::isPresent).map(Presence::getMembre).toList(),
                presences.stream().filter(p -> !p.isPresent() && p.isExcuse()).map(Presence::getMembre).toList(),
                presences.stream().filter(p -> !p.isPresent() && !p.isExcuse()).map(Presence::getMembre).toList(),
                seance.quorum(parametres.quorumProportion()),
                agenda.stream().map(PointOrdreDuJour::getDossierId).toList(),
                agenda.stream().map(p -> pointView(p, parId.get(p.getDossierId()), presences, documentsParDossier,
                        originesParPoint))
                        .toList(),
                seance.getClotureePar(), personnes.nom(seance.getClotureePar()), seance.getClotureeLe(),
                approbationsPv.procesVerbal(seance), approbationsPv.points(seance),
                tous.stream().filter(p -> p.getNature() == NaturePoint.APPROBATION).map(p -> sujetView(p,
                        source(p.getObjetType()).sujet(p.getObjetId()).orElse(null), presences)).toList());
    }

    private static SeanceView.SujetView sujetView(PointOrdreDuJour p, SujetsDeLaPleniere.Sujet sujet,
            List<Presence> presences) {
        return new SeanceView.SujetView(p.getObjetType(), p.getObjetId(),
                sujet == null ? "Point n° %d à approuver".formatted(p.getObjetId()) : sujet.libelle(),
                sujet == null ? null : sujet.lien(), p.getOrdre(), p.getStatut(), p.getMotivation(),
                new SeanceView.VotesView(p.getPour(), p.getContre(), p.getAbstentions()),
                p.getDeports().stream().map(dp -> SeanceView.DeportView.de(dp, presences)).toList(),
                p.getDeliberePar(), p.getDelibereLe());
    }

    private static SeanceView.PointView pointView(PointOrdreDuJour p, Dossier d, List<Presence> presences,
            Map<Long, List<DocumentView>> documentsParDossier, Map<Long, OriginesDesPoints.Origine> origines) {
        OriginesDesPoints.Origine origine = origines.get(p.getId());
        return new SeanceView.PointView(p.getDossierId(), d.getReference(), d.getType(), d.getDemandeur().getNom(),
                d.getObjet(), p.getNature(), p.getStatut(), p.getOrdre(), p.getDecision(), p.getMotivation(),
                p.getRecommandation(), origine == null ? null : origine.designation(),
                origine == null ? null : origine.organeDesigne(), origine == null ? null : origine.date(),
                origine != null && origine.mesureUrgente(), origine != null && origine.reunionDePole(), p.isEnBloc(),
                p.getMotivationRatification(),
                new SeanceView.VotesView(p.getPour(), p.getContre(), p.getAbstentions()),
                DECIDES_PAR_LA_PLENIERE.contains(p.getStatut()) ? RecitDuVote.pleniere(p.getNature(),
                        !p.getStatut().refusParLaPleniere(), p.isEnBloc(),
                        new PointOrdreDuJour.Votes(p.getPour(), p.getContre(), p.getAbstentions())) : null,
                p.getDeports().stream().map(dp -> SeanceView.DeportView.de(dp, presences)).toList(),
                p.getDeliberePar(), p.getDelibereLe(), DossierView.PropositionView.de(d),
                d.getCriteres().stream().map(DossierView.CritereView::de).toList(),
                documentsParDossier.getOrDefault(d.getId(), List.of()).stream()
                        .map(document -> SeanceView.PieceView.de(d.getId(), document)).toList());
    }
}
