package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.poles.Saisies.ConversionSaisie;
import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.EvaluationSaisie;
import be.ibefe.avis.poles.Saisies.FinMembreSaisie;
import be.ibefe.avis.poles.Saisies.MembreSaisi;
import be.ibefe.avis.poles.Saisies.MesureSaisie;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.poles.Saisies.ReunionSaisie;
import be.ibefe.avis.seance.AvisDesPoles;
import be.ibefe.avis.seance.Seance;
import be.ibefe.avis.seance.SeanceRepository;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.seance.StatutSeance;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pôles de synergies and working groups of the bassins: their lifecycle runs in the process
 * {@value #PROCESSUS}; what the Instance must approve (creation, members, fiches projets, renewal) waits as an
 * {@link ApprobationPole} until a plénière séance of the carrying bassin decides it. Who sees what: a user reads the
 * pôles his bassins carry or take part in; only the carrying bassin changes a pôle.
 */
@Service
public class Poles {

    public static final String PROCESSUS = "pole-cycle-de-vie";
    /** The Instance decided on a pôle's creation or renewal: variable {@code approuve}. */
    public static final String MESSAGE_APPROBATION = "ApprobationPole";
    /** The pôle's evaluation is done: variable {@code renouveler} (model version 1.0; 2.0 has a task instead). */
    public static final String MESSAGE_EVALUATION = "EvaluationPole";
    /** The Bureau closes the pôle (DOMAIN « Decision order and pôles »). */
    public static final String MESSAGE_CLOTURE = "CloturePole";
    /** The coordination's task that evaluates the pôle (model version 2.0). */
    public static final String TACHE_EVALUATION = "Task_EvaluerPole";

    static final int DUREE_MAX_MOIS = 36;
    static final int TEXTE_COURT = 300;
    static final int TEXTE_LONG = 4000;
    /** Indicators of one fiche projet: a few follow-up and result indicators are the practice (seed 003 l.128). */
    static final int INDICATEURS_MAX = 20;

    private final PoleRepository poles;
    private final MembrePoleRepository membres;
    private final ReunionPoleRepository reunions;
    private final FicheProjetRepository fiches;
    private final ApprobationPoleRepository approbations;
    private final SeanceRepository seances;
    private final Perimetre perimetre;
    private final Bassins bassins;
    private final CurrentUser utilisateur;
    private final Clock clock;
    private final RuntimeService runtime;
    private final TaskService taches;
    private final AvisDesPoles avisDesPoles;
    private final SeanceService seanceService;
    private final ApprobationsALaPleniere aLaPleniere;

    Poles(PoleRepository poles, MembrePoleRepository membres, ReunionPoleRepository reunions,
            FicheProjetRepository fiches, ApprobationPoleRepository approbations, SeanceRepository seances,
            Perimetre perimetre, Bassins bassins, CurrentUser utilisateur, Clock clock, RuntimeService runtime,
            TaskService taches, AvisDesPoles avisDesPoles, SeanceService seanceService,
            ApprobationsALaPleniere aLaPleniere) {
        this.avisDesPoles = avisDesPoles;
        this.seanceService = seanceService;
        this.aLaPleniere = aLaPleniere;
        this.poles = poles;
        this.membres = membres;
        this.reunions = reunions;
        this.fiches = fiches;
        this.approbations = approbations;
        this.seances = seances;
        this.perimetre = perimetre;
        this.bassins = bassins;
        this.utilisateur = utilisateur;
        this.clock = clock;
        this.runtime = runtime;
        this.taches = taches;
    }

    @Transactional(readOnly = true)
    public List<PoleView> liste() {
        List<Pole> visibles = perimetre.visibles().map(poles::duBassin).orElseGet(poles::findAllByOrderByNomAscIdAsc);
        return visibles.stream().map(this::vue).toList();
    }

    @Transactional(readOnly = true)
    public PoleView consulter(long id) {
        return vue(charger(id));
    }

    /**
     * A pôle proposed to the Instance (its process starts and submits the creation to the plénière), or a working
     * group, active at once.
     */
    @Transactional
    public PoleView creer(PoleSaisi saisie) {
        if (saisie == null) {
            throw new DonneesInvalidesException("nom", "Le pôle à créer est absent.");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        String bassin = perimetre.pourSaisie(saisie.bassin(), "bassin");
        if (saisie.nature() == null) {
            erreurs.add(new ChampErreur("nature", "La nature est obligatoire : %s.".formatted(
                    Libelles.unParmi(List.of(NaturePole.values())))));
        }
        texte(saisie.nom(), "nom", "Le nom", TEXTE_COURT, true, erreurs);
        // « obligatoirement constitué autour d'un secteur d'activité, d'une filière professionnelle, ou d'un métier » (004 l.26)
        texte(saisie.secteur(), "secteur", "Le secteur d'activité, la filière ou le métier", TEXTE_COURT, true, erreurs);
        texte(saisie.mission(), "mission", "La mission", TEXTE_LONG, false, erreurs);
        int duree = duree(saisie.dureeMois(), "dureeMois", erreurs);
        Set<String> associes = associes(saisie.bassinsAssocies(), bassin, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Pole pole = poles.save(new Pole(bassin, saisie.nature(), saisie.nom().trim(), saisie.secteur().trim(),
                vide(saisie.mission()), OriginePole.INSTANCE, null, duree, associes, utilisateur.login(),
                clock.instant(), LocalDate.now(clock)));
        if (pole.getNature() == NaturePole.POLE) {
            demarrer(pole);
        }
        return vue(pole);
    }

    /** The Bureau converts a working group into a pôle (seed 000 l.450): the new pôle goes to the Instance. */
    @Transactional
    public PoleView convertir(long groupeId, ConversionSaisie saisie) {
        Pole groupe = chargerPourModifier(groupeId);
        if (groupe.getNature() != NaturePole.GROUPE_DE_TRAVAIL || groupe.getStatut() != StatutPole.ACTIF) {
            throw new ConflitException("Seul un groupe de travail actif se convertit en pôle de synergies ; « %s » est : %s, %s."
                    .formatted(groupe.getNom(), groupe.getNature().libelle(), groupe.getStatut().libelle()));
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        String nom = saisie == null || saisie.nom() == null || saisie.nom().isBlank() ? groupe.getNom() : saisie.nom();
        texte(nom, "nom", "Le nom", TEXTE_COURT, true, erreurs);
        int duree = duree(saisie == null ? null : saisie.dureeMois(), "dureeMois", erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        groupe.convertir(LocalDate.now(clock));
        Pole pole = poles.save(new Pole(groupe.getBassin(), NaturePole.POLE, nom.trim(), groupe.getSecteur(),
                groupe.getMission(), OriginePole.GROUPE_DE_TRAVAIL, groupe.getId(), duree,
                groupe.getBassinsAssocies(), utilisateur.login(), clock.instant(), LocalDate.now(clock)));
        demarrer(pole);
        return vue(pole);
    }

    private void demarrer(Pole pole) {
        runtime.startProcessInstanceByKey(PROCESSUS, cle(pole.getId()), Variables.createVariables()
                .putValue("poleId", pole.getId()).putValue("bassin", pole.getBassin()));
    }

    static String cle(long poleId) {
        return "pole-" + poleId;
    }

    @Transactional
    public PoleView ajouterMembre(long poleId, MembreSaisi saisie) {
        Pole pole = chargerActifOuPropose(poleId);
        if (saisie == null) {
            throw new DonneesInvalidesException("organisation", "Le membre à ajouter est absent.");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        texte(saisie.organisation(), "organisation", "L'organisation", TEXTE_COURT, true, erreurs);
        texte(saisie.representant(), "representant", "Le représentant", 200, true, erreurs);
        // « situés sur le bassin EFE » (004 l.32): the commune where the member is located
        texte(saisie.commune(), "commune", "La commune où le membre est situé dans le bassin", 100, true, erreurs);
        if (saisie.categorie() == null) {
            erreurs.add(new ChampErreur("categorie", "La catégorie est obligatoire : %s.".formatted(
                    Libelles.unParmi(List.of(CategorieMembre.values())))));
        }
        if (saisie.debut() == null) {
            erreurs.add(new ChampErreur("debut", "La date de début est obligatoire."));
        } else {
            Dates.verifierAnnee(saisie.debut(), "debut", erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        MembrePole membre = membres.save(new MembrePole(pole, saisie.organisation().trim(),
                saisie.representant().trim(), saisie.categorie(), saisie.commune().trim(), saisie.debut()));
        if (membre.getStatut() == StatutApprobation.A_APPROUVER) {
            approbations.save(new ApprobationPole(pole, ObjetApprobation.MEMBRE, membre.getId(), clock.instant()));
        }
        return vue(pole);
    }

    @Transactional
    public PoleView terminerMembre(long poleId, long membreId, FinMembreSaisie saisie) {
        Pole pole = chargerPourModifier(poleId);
        MembrePole membre = membres.findById(membreId).filter(m -> m.getPoleId() == poleId)
                .orElseThrow(() -> new RessourceIntrouvableException("Le pôle n'a pas de membre n° %d.".formatted(membreId)));
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie == null || saisie.fin() == null) {
            erreurs.add(new ChampErreur("fin", "La date de fin est obligatoire."));
        } else {
            Dates.verifierAnnee(saisie.fin(), "fin", erreurs);
            if (saisie.fin().isBefore(membre.getDebut())) {
                erreurs.add(new ChampErreur("fin", "La fin (%s) précède le début du mandat (%s)."
                        .formatted(saisie.fin().format(PoleView.DATE), membre.getDebut().format(PoleView.DATE))));
            }
        }
        if (membre.getFin() != null) {
            throw new ConflitException("Le mandat de %s a déjà pris fin le %s."
                    .formatted(membre.getOrganisation(), membre.getFin().format(PoleView.DATE)));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        membre.terminer(saisie.fin());
        return vue(pole);
    }

    /**
     * A meeting with its attendance (every approved member of that day, present or not) and its decisions by
     * consensus: no vote is recorded, a pôle decides by consensus (004 l.37).
     */
    @Transactional
    public PoleView ajouterReunion(long poleId, ReunionSaisie saisie) {
        Pole pole = chargerPourModifier(poleId);
        if (pole.getStatut() != StatutPole.ACTIF && pole.getStatut() != StatutPole.EVALUATION
                && pole.getStatut() != StatutPole.RENOUVELLEMENT) {
            throw new ConflitException("Le pôle « %s » ne se réunit pas : %s.".formatted(pole.getNom(),
                    pole.getStatut().libelle()));
        }
        if (saisie == null) {
            throw new DonneesInvalidesException("date", "La réunion à enregistrer est absente.");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.date() == null) {
            erreurs.add(new ChampErreur("date", "La date de la réunion est obligatoire."));
        } else {
            Dates.verifierAnnee(saisie.date(), "date", erreurs);
            if (saisie.date().isAfter(LocalDate.now(clock))) {
                erreurs.add(new ChampErreur("date", "La réunion du %s n'a pas encore eu lieu : on enregistre une réunion tenue."
                        .formatted(saisie.date().format(PoleView.DATE))));
            } else if (pole.getDebut() != null && saisie.date().isBefore(pole.getDebut())) {
                erreurs.add(new ChampErreur("date", "Le pôle n'existait pas encore le %s (actif depuis le %s)."
                        .formatted(saisie.date().format(PoleView.DATE), pole.getDebut().format(PoleView.DATE))));
            }
        }
        if (saisie.webinaire() == null) {
            erreurs.add(new ChampErreur("webinaire", "Précisez si la réunion s'est tenue en visioconférence (true) ou non (false)."));
        }
        // the place is required for a meeting in person, optional for a webinar
        texte(saisie.lieu(), "lieu", Boolean.FALSE.equals(saisie.webinaire()) ? "Le lieu d'une réunion en présentiel"
                : "Le lieu", TEXTE_COURT, Boolean.FALSE.equals(saisie.webinaire()), erreurs);
        texte(saisie.ordreDuJour(), "ordreDuJour", "L'ordre du jour", TEXTE_LONG, false, erreurs);
        List<String> decisions = saisie.decisions() == null ? List.of() : saisie.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            texte(decisions.get(i), "decisions[" + i + "]", "Une décision", TEXTE_LONG, true, erreurs);
        }
        List<ReunionPole.Presence> presences = new ArrayList<>();
        if (saisie.date() != null && erreurs.stream().noneMatch(e -> e.champ().equals("date"))) {
            List<MembrePole> duJour = membres.findByPoleIdOrderByCategorieAscOrganisationAscIdAsc(poleId).stream()
                    .filter(m -> m.membreLe(saisie.date())).toList();
            Set<Long> presents = new LinkedHashSet<>(saisie.presents() == null ? List.of() : saisie.presents());
            Set<Long> attendus = duJour.stream().map(MembrePole::getId).collect(Collectors.toSet());
            for (Long present : presents) {
                if (present == null || !attendus.contains(present)) {
                    erreurs.add(new ChampErreur("presents", "Le membre n° %s n'était pas membre approuvé du pôle le %s."
                            .formatted(present, saisie.date().format(PoleView.DATE))));
                }
            }
            duJour.forEach(m -> presences.add(new ReunionPole.Presence(m.getId(), presents.contains(m.getId()))));
            if (erreurs.isEmpty() && reunions.existsByPoleIdAndDate(poleId, saisie.date())) {
                erreurs.add(new ChampErreur("date", "Une réunion du pôle est déjà enregistrée le %s."
                        .formatted(saisie.date().format(PoleView.DATE))));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        reunions.save(new ReunionPole(pole, saisie.date(), saisie.webinaire(), vide(saisie.lieu()),
                vide(saisie.ordreDuJour()), presences, decisions.stream().map(String::trim).toList(),
                utilisateur.login(), clock.instant()));
        return vue(pole);
    }

    /** A fiche projet with at least one follow-up and one result indicator, submitted to the Instance. */
    @Transactional
    public PoleView ajouterFiche(long poleId, FicheSaisie saisie) {
        Pole pole = chargerActifOuPropose(poleId);
        if (saisie == null) {
            throw new DonneesInvalidesException("titre", "La fiche projet est absente.");
        }
        List<ChampErreur> erreurs = erreursDeFiche(saisie);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        FicheProjet fiche = fiches.save(new FicheProjet(pole, saisie, utilisateur.login(), clock.instant()));
        approbations.save(new ApprobationPole(pole, ObjetApprobation.FICHE_PROJET, fiche.getId(), clock.instant()));
        return vue(pole);
    }

    /** What is wrong in a fiche projet entered for the pôle, checked as {@link #ajouterFiche} checks it; nothing recorded. */
    @Transactional(readOnly = true)
    public List<ChampErreur> verifierFiche(long poleId, FicheSaisie saisie) {
        chargerActifOuPropose(poleId);
        return erreursDeFiche(saisie);
    }

    /** What is wrong in a fiche projet as entered: each text, its duration, its indicators and their targets. */
    private static List<ChampErreur> erreursDeFiche(FicheSaisie saisie) {
        List<ChampErreur> erreurs = new ArrayList<>();
        texte(saisie.titre(), "titre", "Le titre", TEXTE_COURT, true, erreurs);
        texte(saisie.objectifs(), "objectifs", "Les objectifs", TEXTE_LONG, true, erreurs);
        texte(saisie.partiesPrenantes(), "partiesPrenantes", "Les parties prenantes", TEXTE_LONG, true, erreurs);
        texte(saisie.publicsCibles(), "publicsCibles", "Les publics cibles", TEXTE_LONG, true, erreurs);
        texte(saisie.description(), "description", "La description", 8000, true, erreurs);
        texte(saisie.resultatsAttendus(), "resultatsAttendus", "Les résultats et impacts attendus", TEXTE_LONG, true,
                erreurs);
        // a project's duration is set within the pôle's three years (seed 003 l.108)
        duree(saisie.dureeMois(), "dureeMois", erreurs);
        List<FicheSaisie.IndicateurSaisi> indicateurs = saisie.indicateurs() == null ? List.of() : saisie.indicateurs();
        if (indicateurs.size() > INDICATEURS_MAX) {
            erreurs.add(new ChampErreur("indicateurs", "Une fiche projet a au plus %d indicateurs : %d reçus."
                    .formatted(INDICATEURS_MAX, indicateurs.size())));
            return erreurs;
        }
        for (int i = 0; i < indicateurs.size(); i++) {
            FicheSaisie.IndicateurSaisi indicateur = indicateurs.get(i);
            String champ = "indicateurs[" + i + "]";
            if (indicateur == null) {
                erreurs.add(new ChampErreur(champ, "Indicateur vide."));
                continue;
            }
            if (indicateur.nature() == null) {
                erreurs.add(new ChampErreur(champ + ".nature", "La nature est obligatoire : %s.".formatted(
                        Libelles.unParmi(List.of(NatureIndicateur.values())))));
            }
            texte(indicateur.libelle(), champ + ".libelle", "Le libellé", TEXTE_COURT, true, erreurs);
            texte(indicateur.unite(), champ + ".unite", "L'unité", 50, false, erreurs);
            valeur(indicateur.cible(), champ + ".cible", "La cible", true, erreurs);
        }
        for (NatureIndicateur nature : NatureIndicateur.values()) {
            if (indicateurs.stream().noneMatch(i -> i != null && i.nature() == nature)) {
                erreurs.add(new ChampErreur("indicateurs", "Fixez dès le départ au moins un %s, avec sa cible."
                        .formatted(nature.libelle().toLowerCase(Locale.ROOT))));
            }
        }
        return erreurs;
    }

    @Transactional
    public PoleView mesurer(long poleId, long ficheId, int rang, MesureSaisie saisie) {
        Pole pole = chargerPourModifier(poleId);
        FicheProjet fiche = fiches.findById(ficheId).filter(f -> f.getPoleId() == poleId).orElseThrow(
                () -> new RessourceIntrouvableException("Le pôle n'a pas de fiche projet n° %d.".formatted(ficheId)));
        List<ChampErreur> erreurs = new ArrayList<>();
        valeur(saisie == null ? null : saisie.reel(), "reel", "La valeur atteinte", true, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        fiche.mesurer(rang, saisie.reel());
        return vue(pole);
    }

    /**
     * The evaluation of a pôle under evaluation: renewal proposed to the Instance, or closure (004 l.35). It completes
     * the pôle's task « Évaluer le pôle », whose completion records it ({@link EnregistrerEvaluationPole}), as when
     * the coordination completes the task from its task list. An instance of the model's version 1.0 still under
     * evaluation has no such task: it waits for the message {@value #MESSAGE_EVALUATION}, sent after recording.
     */
    @Transactional
    public PoleView evaluer(long poleId, EvaluationSaisie saisie) {
        Pole pole = chargerPourModifier(poleId);
        Boolean renouveler = saisie == null ? null : saisie.renouveler();
        String conclusions = saisie == null ? null : saisie.conclusions();
        verifierEvaluation(renouveler, conclusions);
        Task tache = taches.createTaskQuery().processInstanceBusinessKey(cle(pole.getId()))
                .taskDefinitionKey(TACHE_EVALUATION).singleResult();
        if (tache == null) {
            enregistrerEvaluation(pole, renouveler, conclusions);
            poles.flush();
            correler(pole, MESSAGE_EVALUATION, Map.of("renouveler", renouveler));
            return vue(pole);
        }
        try {
            taches.complete(tache.getId(), Variables.createVariables().putValue("renouveler", renouveler)
                    .putValue("conclusions", conclusions.trim()));
        } catch (OptimisticLockingException | NullValueException simultane) {
            throw new ConflitException("L'évaluation du pôle « %s » vient d'être enregistrée par quelqu'un d'autre."
                    .formatted(pole.getNom()));
        }
        return vue(pole);
    }

    /**
     * Records the evaluation on the pôle: the one rule of the API and of the task, whichever completes it; refused
     * whole (400) if the proposal or the conclusions are missing or too long, and 409 if the pôle is not under
     * evaluation.
     */
    void enregistrerEvaluation(Pole pole, Boolean renouveler, String conclusions) {
        verifierEvaluation(renouveler, conclusions);
        pole.evaluer(conclusions.trim(), renouveler);
    }

    private static void verifierEvaluation(Boolean renouveler, String conclusions) {
        List<ChampErreur> erreurs = new ArrayList<>();
        if (renouveler == null) {
            erreurs.add(new ChampErreur("renouveler", "Précisez si l'évaluation propose le renouvellement (true) ou la clôture (false)."));
        }
        texte(conclusions, "conclusions", "Les conclusions de l'évaluation", TEXTE_LONG, true, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
    }

    /** The Bureau closes a pôle (or a working group) before its term. */
    @Transactional
    public PoleView clore(long poleId) {
        Pole pole = chargerPourModifier(poleId);
        if (pole.getStatut().termine()) {
            throw new ConflitException("Le pôle « %s » est déjà terminé : %s.".formatted(pole.getNom(),
                    pole.getStatut().libelle()));
        }
        if (pole.getNature() == NaturePole.GROUPE_DE_TRAVAIL) {
            pole.clore(MotifCloture.BUREAU, LocalDate.now(clock));
        } else if (pole.getStatut() == StatutPole.PROPOSITION || pole.getStatut() == StatutPole.RENOUVELLEMENT) {
            throw new ConflitException("Le pôle « %s » attend la décision de l'Instance (%s) : le Bureau ne le clôture pas avant."
                    .formatted(pole.getNom(), pole.getStatut().libelle()));
        } else {
            correler(pole, MESSAGE_CLOTURE, Map.of());
        }
        return vue(pole);
    }

    @Transactional(readOnly = true)
    public List<PoleView.Approbation> approbationsEnAttente() {
        List<ApprobationPole> enAttente = perimetre.visibles()
                .map(v -> approbations.findByBassinInAndStatutOrderByIdAsc(v, StatutApprobation.A_APPROUVER))
                .orElseGet(() -> approbations.findByStatutOrderByIdAsc(StatutApprobation.A_APPROUVER));
        Map<Long, Pole> parId = poles.findAllById(enAttente.stream().map(ApprobationPole::getPoleId).distinct().toList())
                .stream().collect(Collectors.toMap(Pole::getId, Function.identity()));
        return enAttente.stream().map(a -> approbation(a, parId.get(a.getPoleId()))).toList();
    }

    /**
     * What the Instance plénière decided, in one of its séances of the pôle's bassin still open: the decision of the
     * approval's point on that séance's agenda (put on it if it is not yet), as the séance's page takes it; the
     * member or fiche is approved or refused, a creation or renewal is passed on to the pôle's process
     * ({@link ApprobationsALaPleniere}).
     */
    @Transactional
    public PoleView.Approbation decider(long approbationId, DecisionInstanceSaisie saisie) {
        ApprobationPole approbation = approbations.findById(approbationId)
                .filter(a -> perimetre.voit(a.getBassin()))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun point n° %d à approuver.".formatted(approbationId)));
        Pole pole = chargerPourModifier(approbation.getPoleId());
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie == null || saisie.approuve() == null) {
            erreurs.add(new ChampErreur("approuve", "Précisez si l'Instance approuve (true) ou refuse (false)."));
        }
        texte(saisie == null ? null : saisie.motivation(), "motivation", "La motivation", TEXTE_LONG,
                saisie != null && Boolean.FALSE.equals(saisie.approuve()), erreurs);
        Seance seance = null;
        if (saisie == null || saisie.seanceId() == null) {
            erreurs.add(new ChampErreur("seanceId", "La séance de l'Instance plénière qui décide est obligatoire."));
        } else {
            seance = seances.findById(saisie.seanceId()).filter(s -> s.getBassin().equals(pole.getBassin())).orElse(null);
            if (seance == null || seance.getChambre() != Chambre.INSTANCE_PLENIERE) {
                erreurs.add(new ChampErreur("seanceId", ("La séance n° %d n'est pas une séance de l'Instance plénière "
                        + "du bassin de %s.").formatted(saisie.seanceId(), bassins.nom(pole.getBassin()))));
            } else if (seance.getStatut() == StatutSeance.CLOTUREE) {
                erreurs.add(new ChampErreur("seanceId", "La séance du %s est clôturée : elle ne décide plus."
                        .formatted(seance.getDate().format(PoleView.DATE))));
            } else if (!seance.tenue(LocalDate.now(clock))) {
                erreurs.add(new ChampErreur("seanceId", ("La séance du %s n'a pas encore eu lieu : elle ne décide qu'à "
                        + "partir de ce jour-là.").formatted(seance.getDate().format(PoleView.DATE))));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        seanceService.deciderSujet(seance.getId(), new SeanceService.DecisionSujet(ApprobationsALaPleniere.TYPE,
                approbationId, saisie.approuve(), saisie.motivation(), saisie.pour(), saisie.contre(),
                saisie.abstentions(), null, null, null), true);
        return approbation(approbation, pole);
    }

    /**
     * The séances of the Instance plénière of the pôle's bassin held by today and not closed yet: where its approvals
     * are decided (a séance to come decides from its day on).
     */
    @Transactional(readOnly = true)
    public List<Seance> plenieresOuvertes(long poleId) {
        Pole pole = charger(poleId);
        LocalDate aujourdhui = LocalDate.now(clock);
        return seances.findByDateBetweenOrderByDateAscIdAsc(LocalDate.of(Dates.ANNEE_MIN, 1, 1),
                LocalDate.of(Dates.ANNEE_MAX, 12, 31)).stream()
                .filter(s -> s.getBassin().equals(pole.getBassin()) && s.getChambre() == Chambre.INSTANCE_PLENIERE
                        && s.getStatut() != StatutSeance.CLOTUREE && s.tenue(aujourdhui))
                .toList();
    }

    private void correler(Pole pole, String message, Map<String, Object> variables) {
        aLaPleniere.correler(pole, message, variables);
    }

    /**
     * Who may propose a pôle or a working group from the pages: the coordination, as {@code PolesPage} guards its
     * forms (the API also lets the administrators). The pages ask it before offering the form
     * ({@code ${@poles.peutProposer()}}), so that nobody is shown one that answers 403.
     */
    public boolean peutProposer() {
        return utilisateur.groupes().contains(Groupes.COORDINATION);
    }

    /**
     * Who may change, from the pages, a pôle carried by this bassin (its members, meetings, the Instance's decisions):
     * the coordination, and only the carrying bassin's ({@link #chargerPourModifier}). The pages ask it before offering
     * a form ({@code ${@poles.peutAdministrer(pole.bassin)}}): an associated bassin's coordinator reads the pôle and is
     * offered nothing that would answer 403.
     */
    public boolean peutAdministrer(String bassin) {
        return peutProposer() && perimetre.voit(bassin);
    }

    /** A pôle the current user sees: carried by or associated with one of his bassins. */
    Pole charger(long id) {
        return poles.findById(id)
                .filter(p -> perimetre.visibles().map(v -> v.stream().anyMatch(p::concerne)).orElse(true))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun pôle n° %d.".formatted(id)));
    }

    /** A pôle the current user may change: only its carrying bassin's users do, never an associated bassin's. */
    Pole chargerPourModifier(long id) {
        Pole pole = charger(id);
        if (!perimetre.voit(pole.getBassin())) {
            throw new ActionInterditeException(("Le pôle « %s » est porté par le bassin de %s : seul ce bassin "
                    + "l'administre.").formatted(pole.getNom(), bassins.nom(pole.getBassin())));
        }
        return pole;
    }

    private Pole chargerActifOuPropose(long id) {
        Pole pole = chargerPourModifier(id);
        if (pole.getStatut().termine()) {
            throw new ConflitException("Le pôle « %s » est terminé (%s) : on n'y ajoute plus rien."
                    .formatted(pole.getNom(), pole.getStatut().libelle()));
        }
        return pole;
    }

    PoleView vue(Pole p) {
        List<MembrePole> sesMembres = membres.findByPoleIdOrderByCategorieAscOrganisationAscIdAsc(p.getId());
        Map<Long, MembrePole> parId = sesMembres.stream().collect(Collectors.toMap(MembrePole::getId, Function.identity()));
        List<Long> ordre = sesMembres.stream().map(MembrePole::getId).toList();
        List<ReunionPole> tenues = reunions.findByPoleIdOrderByDateAscIdAsc(p.getId());
        Map<Long, List<PoleView.AvisRendu>> avis = avisRendus(p, tenues);
        List<PoleView.Reunion> sesReunions = tenues.stream()
                .map(r -> new PoleView.Reunion(r.getId(), r.getDate(), r.isWebinaire(), r.getLieu(), r.getOrdreDuJour(),
                        r.getPresences().stream().sorted(java.util.Comparator.comparingInt(
                                (ReunionPole.Presence pr) -> ordre.indexOf(pr.membreId()))).map(pr -> {
                            MembrePole m = parId.get(pr.membreId());
                            return new PoleView.Presence(pr.membreId(), m.getOrganisation(), m.getRepresentant(),
                                    pr.present());
                        }).toList(), r.getDecisions().stream().map(ReunionPole.DecisionConsensus::texte).toList(),
                        avis.getOrDefault(r.getId(), List.of())))
                .toList();
        return new PoleView(p.getId(), p.getBassin(), p.getBassinsAssocies(), p.getNature().name(),
                p.getNature().libelle(), p.getNom(), p.getSecteur(), p.getMission(), p.getOrigine().name(),
                p.getOrigine().libelle(), p.getGroupeOrigineId(), p.getStatut().name(), p.getStatut().libelle(),
                p.getDureeMois(), p.getDebut(), p.getFin(), p.getEvaluationLe(), p.getRenouvellements(),
                p.getConclusionsEvaluation(), p.getMotifCloture() == null ? null : p.getMotifCloture().name(),
                p.getMotifCloture() == null ? null : p.getMotifCloture().libelle(), p.getClosLe(), p.getCreePar(),
                p.getCreeLe(), sesMembres.stream().map(PoleView.Membre::de).toList(), sesReunions,
                fiches.findByPoleIdOrderByIdAsc(p.getId()).stream().map(PoleView.Fiche::de).toList(),
                approbations.findByPoleIdOrderByIdAsc(p.getId()).stream().map(a -> approbation(a, p)).toList());
    }

    /**
     * The avis d'opportunité given in each meeting; which dossier it is on only for the users of the bassin that
     * carries the pôle (its dossiers are that bassin's).
     */
    private Map<Long, List<PoleView.AvisRendu>> avisRendus(Pole pole, List<ReunionPole> tenues) {
        boolean porteur = perimetre.voit(pole.getBassin());
        return avisDesPoles.rendusEnReunions(tenues.stream().map(ReunionPole::getId).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.avis().getReunionId(), java.util.LinkedHashMap::new,
                        Collectors.mapping(a -> new PoleView.AvisRendu(porteur ? a.avis().getDossierId() : null,
                                porteur ? a.reference() : null, porteur ? a.objet() : null,
                                a.avis().getDecision().name(), a.avis().getDecision().libelle(),
                                a.avis().getMotivation(), a.avis().getRecommandation()), Collectors.toList())));
    }

    private PoleView.Approbation approbation(ApprobationPole a, Pole pole) {
        String designation = aLaPleniere.designation(a, pole);
        return new PoleView.Approbation(a.getId(), a.getPoleId(), pole.getNom(), a.getBassin(), a.getObjet().name(),
                a.getObjet().libelle(), a.getObjetId(), designation, a.getStatut().name(), a.getStatut().libelle(),
                a.getSoumisLe(), a.getSeanceId(), a.getMotivation(), a.getDecidePar(), a.getDecideLe());
    }

    private Set<String> associes(List<String> demandes, String porteur, List<ChampErreur> erreurs) {
        Set<String> associes = new LinkedHashSet<>();
        if (demandes == null) {
            return associes;
        }
        Set<String> connus = bassins.lister().stream().map(Bassins.BassinView::code).collect(Collectors.toSet());
        for (String demande : demandes) {
            String code = demande == null ? "" : demande.trim().toUpperCase(Locale.ROOT);
            if (!connus.contains(code)) {
                erreurs.add(new ChampErreur("bassinsAssocies", "Bassin « %s » inconnu. Bassins : %s.".formatted(
                        demande == null ? "" : demande.length() > 20 ? demande.substring(0, 20) + "…" : demande,
                        String.join(", ", connus.stream().sorted().toList()))));
            } else if (code.equals(porteur)) {
                erreurs.add(new ChampErreur("bassinsAssocies", ("Le bassin de %s porte le pôle : il n'en est pas un "
                        + "bassin associé.").formatted(bassins.nom(code))));
            } else {
                associes.add(code);
            }
        }
        return associes;
    }

    private static int duree(Integer mois, String champ, List<ChampErreur> erreurs) {
        if (mois == null) {
            return DUREE_MAX_MOIS;
        }
        if (mois < 1 || mois > DUREE_MAX_MOIS) {
            // « une durée limitée à trois années maximum » (004 l.35)
            erreurs.add(new ChampErreur(champ, "La durée est de 1 à %d mois (trois ans au plus) : %s refusé."
                    .formatted(DUREE_MAX_MOIS, Libelles.nombre(mois))));
        }
        return mois;
    }

    private static void texte(String valeur, String champ, String nom, int max, boolean obligatoire,
            List<ChampErreur> erreurs) {
        if (valeur == null || valeur.isBlank()) {
            if (obligatoire) {
                // « Les objectifs sont obligatoires. », « Le titre est obligatoire. »
                erreurs.add(new ChampErreur(champ, nom + (nom.startsWith("Les ") ? " sont obligatoires." : " est obligatoire.")));
            }
        } else if (valeur.trim().length() > max) {
            erreurs.add(new ChampErreur(champ, "%s %s dépasser %s caractères (%s reçus)."
                    .formatted(nom, nom.startsWith("Les ") ? "ne peuvent" : "ne peut", Libelles.nombre(max),
                            Libelles.nombre(valeur.trim().length()))));
        }
    }

    private static final java.math.BigDecimal VALEUR_MAX = new java.math.BigDecimal("999999999999.99");

    private static void valeur(java.math.BigDecimal valeur, String champ, String nom, boolean obligatoire,
            List<ChampErreur> erreurs) {
        if (valeur == null) {
            if (obligatoire) {
                erreurs.add(new ChampErreur(champ, nom + " est obligatoire."));
            }
        } else if (valeur.signum() < 0 || valeur.compareTo(VALEUR_MAX) > 0 || valeur.stripTrailingZeros().scale() > 2) {
            erreurs.add(new ChampErreur(champ, "%s est un nombre de 0 à 999 999 999 999,99, deux décimales au plus."
                    .formatted(nom)));
        }
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.trim();
    }

    /** Kept for the activity report: every pôle of the given bassins (carried or associated). */
    @Transactional(readOnly = true)
    public List<PoleView> duBassin(String bassin) {
        return poles.duBassin(List.of(bassin)).stream().map(this::vue).toList();
    }
}
