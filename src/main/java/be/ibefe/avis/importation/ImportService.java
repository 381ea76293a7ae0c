package be.ibefe.avis.importation;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.dossier.NouveauDossierValidator;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.CaractereNul;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.Noeud;
import be.ibefe.avis.system.RessourceIntrouvableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch intake: a file of requests of one type is read at once (a bad file is refused with 400), then worked in the
 * background in the uploader's name. First every row is checked as {@code POST /api/dossiers} would check it; one
 * row in error and nothing is created, every bad row is reported. Then the dossiers are registered in one
 * transaction: a failure midway rolls back every dossier. Their processes start after the commit, in the background
 * ({@link DemarrerProceduresImportees}). A row whose external reference is already registered is counted, not
 * registered again.
 */
@Service
public class ImportService implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /** Rows between two writes of the progress (and two clearings of the persistence context). */
    static final int PAS = 50;
    static final String INTERROMPU = "L'import a été interrompu (arrêt du serveur) : aucun dossier n'a été créé. "
            + "Déposez à nouveau le fichier : les demandes déjà enregistrées entre-temps seront comptées, pas recréées.";
    /** External references per query when looking for those already registered. */
    private static final int REFERENCES_PAR_REQUETE = 1000;

    private final Imports imports;
    private final DossierService dossiers;
    private final NouveauDossierValidator validator;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final FileDesImports file;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;
    private final int lignesMax;
    private final Duration delaiAbandon;
    private final LecturesBornees lectures;
    private final Noeud noeud;

    @PersistenceContext
    private EntityManager entityManager;

    private final Perimetre perimetre;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    ImportService(Imports imports, DossierService dossiers, NouveauDossierValidator validator,
            NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            FileDesImports file, CurrentUser currentUser,
            Journal journal, Clock clock, @Value("${avis.import.lignes-max}") int lignesMax,
            @Value("${avis.import.delai-abandon}") Duration delaiAbandon, Perimetre perimetre,
            RuntimeService runtimeService, ManagementService managementService,
            @Value("${avis.import.lectures-simultanees}") int lecturesSimultanees,
            @Value("${avis.import.attente-lecture}") Duration attenteLecture, Noeud noeud) {
        this.noeud = noeud;
        this.lectures = new LecturesBornees(lecturesSimultanees, attenteLecture);
        this.perimetre = perimetre;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.imports = imports;
        this.dossiers = dossiers;
        this.validator = validator;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.file = file;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
        this.lignesMax = lignesMax;
        this.delaiAbandon = delaiAbandon;
    }

    /**
     * Before this node serves any request: the imports its previous run accepted and did not finish were stopped
     * with it (their queue was in its memory, their dossiers in a transaction that never committed). They are said
     * interrupted now, rather than shown still running until {@code avis.import.delai-abandon} has passed.
     */
    @Override
    public void afterSingletonsInstantiated() {
        int interrompus = imports.interrompre(noeud.nom(), INTERROMPU, clock.instant());
        if (interrompus > 0) {
            LOG.warn("{} import(s) interrompu(s) par l'arrêt précédent du nœud {}", interrompus, noeud.nom());
        }
    }

    /** Reads the file, records the import and hands it to the background worker; a bad file is refused here. */
    public ImportView deposer(AvisType type, String nomFichier, InputStreamSource contenu) {
        return deposer(type, nomFichier, contenu, null);
    }

    /** The same into a given bassin: for the regional role or a user of several bassins. */
    public ImportView deposer(AvisType type, String nomFichier, InputStreamSource contenu, String bassinDemande) {
        refuserCaractereNul(bassinDemande);
        String bassin = perimetre.pourSaisie(bassinDemande, "bassin");
        String nom = nomEnregistre(nomFichier);
        dossiers.verifierProcedure(type);
        FichierImport fichier = lectures.lire(nom, contenu,
                octets -> LectureFichier.lire(nom, octets, new ColonnesImport(type), lignesMax));
        Authentication auteur = SecurityContextHolder.getContext().getAuthentication();
        long id = imports.creer(bassin, type, nom, fichier.format(), fichier.lignes().size(), currentUser.login(),
                clock.instant(), noeud.nom());
        journal.consigner("IMPORT_DEPOSE", "Import", id, null, null,
                Map.of("type", type.name(), "fichier", nom, "lignes", fichier.lignes().size()));
        file.soumettre(() -> enTantQue(auteur, () -> executer(id, bassin, type, fichier.lignes())));
        return consulter(id);
    }

    /** The file's name as the import records it: {@code fichier} when it has none, at most 255 characters. */
    private static String nomEnregistre(String nomFichier) {
        String nom = nomFichier == null || nomFichier.isBlank() ? "fichier" : nomFichier.strip();
        return nom.length() > 255 ? nom.substring(0, 255) : nom;
    }

    /**
     * A multipart form's text fields reach no NUL check of the system package (Tomcat itself refuses a NUL in the
     * file's name): a NUL in the bassin is refused here, before the bassin is looked up.
     */
    private static void refuserCaractereNul(String bassin) {
        String interdit = CaractereNul.interdit(bassin);
        if (interdit != null) {
            throw new DonneesInvalidesException("bassin", interdit);
        }
    }

    public ImportView consulter(long id) {
        if (!imports.bassin(id).map(perimetre::voit).orElse(true)) {
            throw new RessourceIntrouvableException("Aucun import n° " + id + ".");
        }
        if (imports.abandonne(id, clock.instant().minus(delaiAbandon))) {
            imports.echouer(id, 0, INTERROMPU, clock.instant());
        }
        ImportView lot = imports.trouver(id)
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun import n° " + id + "."));
        return lot.proceduresEnAttente() > 0 ? avecBlocage(lot) : lot;
    }

    /**
     * An import whose processes wait to start but whose work stopped: the engine gave up on a start (an incident), or
     * the import's process was stopped (cancelled in Cockpit). The page says so, rather than wait, and offers to
     * start it again ({@link #relancer}).
     */
    private ImportView avecBlocage(ImportView lot) {
        List<ProcessInstance> instances = demarrages(lot.id());
        if (instances.isEmpty()) {
            return lot.bloque(("Le démarrage des procédures a été interrompu (son processus a été arrêté) : %s "
                    + "dossier(s) attendent le leur. Relancez-le.")
                    .formatted(Libelles.nombre(lot.proceduresEnAttente())));
        }
        boolean incident = instances.stream()
                .anyMatch(i -> runtimeService.createIncidentQuery().processInstanceId(i.getId()).count() > 0);
        return incident ? lot.bloque(("Le démarrage des procédures s'est arrêté après plusieurs essais : %s dossier(s) "
                + "attendent le leur. Relancez-le une fois la cause corrigée ; l'administrateur en trouve le détail "
                + "dans Cockpit (incident du processus « avis-import »).")
                .formatted(Libelles.nombre(lot.proceduresEnAttente()))) : lot;
    }

    private List<ProcessInstance> demarrages(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DemarrerProceduresImportees.PROCESSUS)
                .processInstanceBusinessKey(DemarrerProceduresImportees.cle(id)).list();
    }

    /**
     * Starts again the start of an import's processes that stopped: a new try for the job the engine gave up on, or
     * a new process when the import's was stopped. The import's row is locked meanwhile, so that two coordinators
     * clicking at once start it once.
     */
    public ImportView relancer(long id) {
        ImportView lot = consulter(id);
        if (lot.proceduresEnAttente() == 0) {
            throw new ConflitException("Toutes les procédures de cet import ont déjà démarré.");
        }
        if (lot.demarrageBloque() == null) {
            throw new ConflitException("Le démarrage des procédures de cet import est en cours : rien à relancer.");
        }
        transaction.executeWithoutResult(statut -> {
            String bassin = imports.verrouiller(id);
            List<ProcessInstance> instances = demarrages(id);
            if (instances.isEmpty()) {
                DemarrerProceduresImportees.lancer(runtimeService, id, bassin);
            }
            instances.forEach(instance -> managementService.createJobQuery().processInstanceId(instance.getId())
                    .noRetriesLeft().list().forEach(job -> managementService.setJobRetries(job.getId(), 1)));
            consigner(id, "IMPORT_RELANCE", Map.of("proceduresEnAttente", lot.proceduresEnAttente()));
        });
        return consulter(id);
    }

    public List<ImportView> derniers() {
        return imports.derniers(20, perimetre.visibles());
    }

    /** The CSV template of a type: its header alone, separated by {@code ;}, in UTF-8 with a BOM for Excel. */
    public static String modele(AvisType type) {
        return "\uFEFF" + String.join(";", new ColonnesImport(type).modele()) + "\r\n";
    }

    /**
     * The background work runs as the uploader: the dossiers' history, the audit journal and whatever the
     * registration derives from the current user see him, as they would in his own request.
     */
    private static void enTantQue(Authentication auteur, Runnable travail) {
        SecurityContext contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(auteur);
        SecurityContextHolder.setContext(contexte);
        try {
            travail.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void executer(long id, String bassin, AvisType type, List<FichierImport.Ligne> lignes) {
        if (!imports.demarrer(id, clock.instant())) {
            return;
        }
        int total = lignes.size();
        boolean enregistre = false;
        try {
            List<NouveauDossier> demandes = new ArrayList<>(total);
            List<ErreurLigne> erreurs = valider(id, bassin, type, lignes, demandes);
            if (!erreurs.isEmpty()) {
                imports.refuser(id, total, erreurs, clock.instant());
                consigner(id, "IMPORT_REFUSE", Map.of("lignesEnErreur",
                        erreurs.stream().map(ErreurLigne::ligne).distinct().count()));
                return;
            }
            Set<String> existantes = existantes(bassin, demandes);
            List<NouveauDossier> nouvelles = demandes.stream()
                    .filter(d -> !existantes.contains(d.referenceExterne()))
                    .map(d -> new NouveauDossier(d.type(), d.demandeur(), d.objet(), d.dateReception(), d.echeance(),
                            d.referenceExterne(), d.donnees(), bassin))
                    .toList();
            int dejaPresents = existantes.size();
            int creees = creer(id, bassin, total, nouvelles, dejaPresents);
            enregistre = true;
            consigner(id, "IMPORT_TERMINE", Map.of("dossiersCrees", creees, "dejaPresents", dejaPresents));
        } catch (RuntimeException e) {
            if (enregistre) {
                // the dossiers and the import's end are committed together: only the journal's entry is missing
                LOG.error("Import {} terminé, mais son entrée au journal d'audit n'a pu être écrite", id, e);
                return;
            }
            LOG.error("Import {} en échec : aucun dossier créé", id, e);
            imports.echouer(id, total, "L'import a échoué pendant la création des dossiers : aucun dossier n'a été "
                    + "créé, aucune procédure n'a démarré. Déposez à nouveau le fichier ; si l'échec se répète, "
                    + "prévenez l'administrateur.", clock.instant());
            consigner(id, "IMPORT_ECHEC", Map.of("erreur", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Every row checked as {@code POST /api/dossiers} checks a request, its {@code donnees} against the other
     * capabilities too (the pôle an avis d'opportunité designates must be an active pôle of {@code bassin}); the
     * requests of the good rows added to {@code demandes}; the errors of the bad ones.
     */
    private List<ErreurLigne> valider(long id, String bassin, AvisType type, List<FichierImport.Ligne> lignes,
            List<NouveauDossier> demandes) {
        List<ErreurLigne> erreurs = new ArrayList<>();
        Map<String, Integer> lignesParReference = new HashMap<>();
        for (int i = 0; i < lignes.size(); i++) {
            FichierImport.Ligne ligne = lignes.get(i);
            List<ChampErreur> erreursLigne = new ArrayList<>();
            NouveauDossier demande = ConversionLigne.demande(type, ligne.valeurs(), erreursLigne);
            Set<String> illisibles = erreursLigne.stream().map(ChampErreur::champ).collect(Collectors.toSet());
            try {
                validator.valider(demande);
            } catch (DonneesInvalidesException invalide) {
                // a value that could not be read is reported once, not again as missing
                invalide.getErreurs().stream().filter(e -> !illisibles.contains(e.champ())).forEach(erreursLigne::add);
            }
            if (erreursLigne.isEmpty()) {
                dossiers.controler(bassin, demande, erreursLigne);
            }
            if (demande.referenceExterne() != null) {
                Integer premiere = lignesParReference.putIfAbsent(demande.referenceExterne(), ligne.numero());
                if (premiere != null) {
                    erreursLigne.add(new ChampErreur(ColonnesImport.REFERENCE_EXTERNE,
                            "La référence externe « %s » figure déjà à la ligne %d du fichier."
                                    .formatted(demande.referenceExterne(), premiere)));
                }
            }
            erreursLigne.forEach(e -> erreurs.add(new ErreurLigne(ligne.numero(), ConversionLigne.colonne(e.champ()),
                    e.message())));
            demandes.add(demande);
            if ((i + 1) % PAS == 0) {
                imports.avancer(id, StatutImport.VALIDATION, i + 1, 0, 0, clock.instant());
            }
        }
        return erreurs;
    }

    /** The external references of the file already registered, in a few queries rather than one a row. */
    private Set<String> existantes(String bassin, List<NouveauDossier> demandes) {
        List<String> references = demandes.stream().map(NouveauDossier::referenceExterne).toList();
        Set<String> existantes = new HashSet<>();
        for (int debut = 0; debut < references.size(); debut += REFERENCES_PAR_REQUETE) {
            existantes.addAll(jdbc.queryForList(
                    "select reference_externe from dossier where bassin = :bassin and reference_externe in (:references)",
                    Map.of("bassin", bassin, "references", references.subList(debut,
                            Math.min(debut + REFERENCES_PAR_REQUETE, references.size()))), String.class));
        }
        return existantes;
    }

    /**
     * Registers the new requests in one transaction, through the same registration as {@code POST /api/dossiers}
     * less its checks, already made for the whole file, and less the start of each process: the transaction marks
     * every dossier as waiting for its process and starts the one process {@code avis-import}, which the engine's
     * job executor runs after the commit to start theirs, {@value DemarrerProceduresImportees#PAR_TRANSACTION} per
     * transaction (an import of 1 500 rows is then registered in a few seconds). A request registered meanwhile by
     * someone else (same external reference) breaks the unique constraint: the whole import rolls back and fails,
     * and uploading the file again counts that one as already there. The persistence context is emptied every
     * {@value #PAS} rows: what is flushed stays in the transaction, and Hibernate need not check ever more dossiers
     * at each flush.
     */
    private int creer(long id, String bassin, int total, List<NouveauDossier> nouvelles, int dejaPresents) {
        imports.avancer(id, StatutImport.IMPORT, total, 0, dejaPresents, clock.instant());
        Integer creees = transaction.execute(status -> {
            List<Long> enregistres = new ArrayList<>(PAS);
            for (int i = 0; i < nouvelles.size(); i++) {
                enregistres.add(dossiers.enregistrerVerifie(nouvelles.get(i)));
                if ((i + 1) % PAS == 0 || i + 1 == nouvelles.size()) {
                    entityManager.flush();
                    entityManager.clear();
                    jdbc.update("update dossier set import_id = :import, procedure_en_attente = true where id in (:ids)",
                            Map.of("import", id, "ids", enregistres));
                    enregistres.clear();
                    imports.avancer(id, StatutImport.IMPORT, total, i + 1, dejaPresents, clock.instant());
                }
            }
            if (!nouvelles.isEmpty()) {
                DemarrerProceduresImportees.lancer(runtimeService, id, bassin);
            }
            // the end of the import is committed with its dossiers: a reader never sees one without the other
            imports.terminer(id, total, nouvelles.size(), dejaPresents, clock.instant());
            return nouvelles.size();
        });
        return creees == null ? 0 : creees;
    }

    private void consigner(long id, String action, Map<String, Object> apres) {
        journal.consigner(action, "Import", id, null, null, apres);
    }
}
