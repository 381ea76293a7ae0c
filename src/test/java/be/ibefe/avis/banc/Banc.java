package be.ibefe.avis.banc;

import be.ibefe.avis.AvisApplication;
import be.ibefe.avis.demo.Parcours;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.report.AppelsDuRapport;
import be.ibefe.avis.report.RapportService;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.tasks.FiltresTaches;
import be.ibefe.avis.tasks.TacheService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark, in one run (not a test): start-up of the embedded default, then on a PostgreSQL database of its
 * own, a region's history (dossiers in SQL, open tasks through the engine), the task list and the activity report
 * over it, the throughput of the whole lifecycle through the application's services beside the bare engine running
 * the same shape of process, and pgbench on the same database. Writes its figures into BENCHMARKS.md. Run:
 * {@code mvn -Pbench test-compile exec:java}; sizes are system properties (BENCHMARKS.md lists them).
 */
public final class Banc {

    private static final int ANNEE_RAPPORT = HistoriqueDuBanc.ANNEE_RAPPORT;
    private static final long PREMIERE_CLE_NUE = 8_000_000_000L;
    private static final String ANALYSTE = HistoriqueDuBanc.ANALYSTE;
    /** The bare engine's models (src/test/resources/banc): the main process and the ones it calls. */
    private static final List<String> MOTEUR_NU = List.of("banc-nu", "banc-nu-recevabilite", "banc-nu-analyse",
            "banc-nu-deliberation", "banc-nu-notification", "banc-nu-courriels");

    private final Parametres p;
    private final BaseDuBanc base;
    private final StringBuilder chiffres = new StringBuilder();
    private final AtomicLong cleNue = new AtomicLong(PREMIERE_CLE_NUE);
    private ConfigurableApplicationContext app;

    private Banc(Parametres p) {
        this.p = p;
        this.base = new BaseDuBanc(p.url(), p.utilisateur(), p.motDePasse());
    }

    public static void main(String[] args) throws Exception {
        exposerClassPath();
        Parametres parametres = Parametres.lire();
        Banc banc = new Banc(parametres);
        if (parametres.tachesSeules()) {
            System.out.println(banc.surLHistorique(banc::mesurerListeTaches));
            return;
        }
        if (parametres.rapportSeul()) {
            System.out.println(banc.surLHistorique(banc::mesurerRapport));
            return;
        }
        if (parametres.demarrageSeul()) {
            System.out.println(executerDemarrages(parametres.optionsJvm()));
            return;
        }
        String section = banc.executer();
        FichierBenchmarks.reecrire(parametres.fichier(), section);
        System.out.println(section);
        System.out.println("Chiffres écrits dans " + parametres.fichier().toAbsolutePath());
    }

    /**
     * Under {@code exec:java} the class path is the plugin's class loader, not the JVM's: the child JVMs of the
     * start-up measure take it from where they find the tests' class path.
     */
    private static void exposerClassPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader chargeur) {
            System.setProperty("surefire.test.class.path", Arrays.stream(chargeur.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator)));
        }
    }

    private String executer() throws Exception {
        Machine machine = Machine.lire();
        Instant debut = Instant.now();
        List<DemarrageMesure.Resultat> demarrages = p.demarrage() ? DemarrageMesure.demarrages(p.optionsJvm()) : List.of();
        base.recreer();
        app = new SpringApplicationBuilder(AvisApplication.class, LettresNues.class).profiles("postgres", "demo")
                .run(argumentsDeLApplication());
        try {
            deployerMoteurNu();
            String chargement = chargerHistorique();
            String taches = mesurerListeTaches();
            String rapport = mesurerRapport();
            String debit = mesurerDebit();
            String rafale = mesurerRafale();
            return section(machine, debut, chargement, taches, rapport, debit, rafale, demarrages);
        } finally {
            app.close();
        }
    }

    /**
     * The start-up measures only (the two starts and the start with the demonstration year), with the machine's load
     * before and after, printed without rewriting the file: no PostgreSQL needed.
     */
    private static String executerDemarrages(List<String> optionsJvm) throws Exception {
        Instant debut = Instant.now();
        String avant = Machine.lire().charge();
        String table = DemarrageMesure.table(DemarrageMesure.demarrages(optionsJvm), optionsJvm);
        return "Le %s (UTC), en %s min. %s. Charge moyenne de la machine (1 min) : %s au début, %s à la fin.\n\n%s"
                .formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(debut.atOffset(ZoneOffset.UTC)),
                        nombre(Duration.between(debut, Instant.now()).toSeconds() / 60.0, 1),
                        Machine.lire().description(), avant, Machine.lire().charge(), table);
    }

    /**
     * The history and one measure only (the task list, or the report), to try a change of a query without the ten
     * minutes of the rest; the machine's load before and after, as the figures depend on it.
     */
    private String surLHistorique(Supplier<String> mesure) throws Exception {
        String avant = Machine.lire().charge();
        base.recreer();
        app = new SpringApplicationBuilder(AvisApplication.class, LettresNues.class).profiles("postgres", "demo")
                .run(argumentsDeLApplication());
        try {
            deployerMoteurNu();
            String chargement = chargerHistorique();
            String chiffres = mesure.get();
            return "%s.\n\nCharge moyenne de la machine (1 min) : %s avant, %s après.\n\n%s"
                    .formatted(chargement, avant, Machine.lire().charge(), chiffres);
        } finally {
            app.close();
        }
    }

    private void deployerMoteurNu() {
        DeploymentBuilder nu = app.getBean(RepositoryService.class).createDeployment().name("banc-moteur-nu");
        MOTEUR_NU.forEach(cle -> nu.addClasspathResource("banc/" + cle + ".bpmn"));
        nu.deploy();
        LettresNues.creerLaTable(app.getBean(JdbcTemplate.class));
    }

    private String[] argumentsDeLApplication() {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + base.url(),
                "--spring.datasource.username=" + base.utilisateur(), "--spring.datasource.password="
                        + base.motDePasse(), "--camunda.bpm.job-execution.enabled=false", "--server.port=0",
                "--avis.securite.bcrypt-cout=4", "--logging.level.root=warn", "--spring.main.banner-mode=off"));
        if (!p.historique().isEmpty()) {
            arguments.add("--camunda.bpm.history-level=" + p.historique());
        }
        return arguments.toArray(String[]::new);
    }

    // --- 4. and 5.: the region's history -------------------------------------------------------------------------

    /** Dossiers of ten years in SQL; one open dossier in ten gets its avis process, the others the bare one. */
    private String chargerHistorique() throws Exception {
        return new HistoriqueDuBanc(app, base, p.historiques(), p.rapport(), p.tachesOuvertes(), p.filsMax(), 10)
                .charger();
    }

    private String mesurerListeTaches() {
        TacheService taches = app.getBean(TacheService.class);
        List<String> groupes = List.of(Groupes.EQUIPE);
        long total = commeUneRequete(() -> taches.taches(ANALYSTE, groupes, FiltresTaches.AUCUN, 0, 1).total());
        if (total != p.tachesOuvertes()) {
            throw new IllegalStateException("La liste compte " + total + " tâches au lieu de " + p.tachesOuvertes());
        }
        Map<String, FiltresTaches> variantes = new LinkedHashMap<>();
        variantes.put("sans filtre, par date de création", FiltresTaches.AUCUN);
        variantes.put("type « équipement », par échéance", FiltresTaches.avecTri(null, AvisType.EQUIPEMENT, null, null,
                null, null, "echeance"));
        variantes.put("échéance dépassée, par référence décroissante", FiltresTaches.avecTri(null, null, null,
                FiltresTaches.Echeance.DEPASSEE, null, null, "reference,desc"));
        variantes.put("texte « ouvert-12 », par tâche", FiltresTaches.avecTri(null, null, null, null, "ouvert-12",
                null, "nom"));
        variantes.put("non attribuées, statut reçu, par type", FiltresTaches.avecTri(null, null, Statut.RECU, null,
                null, FiltresTaches.Attribution.LIBRE, "type"));
        variantes.put("attribuées à moi, page 3", FiltresTaches.avecTri(null, null, null, null, null,
                FiltresTaches.Attribution.MOI, "echeance,desc"));
        List<String> noms = new ArrayList<>(variantes.keySet());
        int parVariante = Math.max(1, p.mesuresTaches() / noms.size());
        Map<String, double[]> millis = new LinkedHashMap<>();
        noms.forEach(n -> millis.put(n, new double[parVariante]));
        double[] toutes = new double[parVariante * noms.size()];
        for (int tour = -p.echauffementTaches(); tour < parVariante; tour++) {
            for (int v = 0; v < noms.size(); v++) {
                String nom = noms.get(v);
                int page = nom.endsWith("page 3") ? 2 : 0;
                long debut = System.nanoTime();
                commeUneRequete(() -> taches.taches(ANALYSTE, groupes, variantes.get(nom), page, 25));
                double ms = (System.nanoTime() - debut) / 1e6;
                if (tour >= 0) {
                    millis.get(nom)[tour] = ms;
                    toutes[tour * noms.size() + v] = ms;
                }
            }
        }
        StringBuilder table = new StringBuilder("""
                | requête (page de 25 de `TacheService.taches`) | p50 | p95 | p99 | max |
                |---|---:|---:|---:|---:|
                """);
        millis.forEach((nom, serie) -> table.append(ligneLatence(nom, new Mesures(serie))));
        Mesures globales = new Mesures(toutes);
        table.append(ligneLatence("**toutes ensemble**", globales));
        table.append("\nObjectif p95 < 25 ms (issue 22) : **%s** (p95 %s ms, %d mesures après %d tours d'échauffement).\n"
                .formatted(globales.centile(95) < 25 ? "atteint" : "non atteint", ms(globales.centile(95)),
                        globales.nombre(), p.echauffementTaches()));
        return table.toString();
    }

    /**
     * A call as the analyst's request to {@code GET /api/taches} makes it: signed in (so the list keeps to his
     * bassin, as for every user of a bassin) and within a request of its own (which reads his bassins once).
     */
    private static <T> T commeUneRequete(Supplier<T> appel) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ANALYSTE, null, List.of(new SimpleGrantedAuthority("ROLE_" + Groupes.EQUIPE))));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return appel.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
            SecurityContextHolder.clearContext();
        }
    }

    private String mesurerRapport() {
        long recus = app.getBean(RapportService.class).rapportActivite(ANNEE_RAPPORT).totaux().recus();
        if (recus != p.rapport()) {
            throw new IllegalStateException("Le rapport compte " + recus + " dossiers au lieu de " + p.rapport());
        }
        StringBuilder table = new StringBuilder("""
                | appel, %d dossiers de %d parmi %d | p50 | p95 | p99 | max | processeur du client (p50) | objectif < 100 ms |
                |---|---:|---:|---:|---:|---:|---|
                """.formatted(p.rapport(), ANNEE_RAPPORT, p.historiques()));
        ThreadMXBean fils = ManagementFactory.getThreadMXBean();
        AppelsDuRapport.de(app, ANNEE_RAPPORT).forEach((nom, appel) -> {
            for (int i = 0; i < p.echauffementRapport(); i++) {
                appel.get();
            }
            double[] millis = new double[p.mesuresRapport()];
            double[] processeur = new double[millis.length];
            for (int i = 0; i < millis.length; i++) {
                long debut = System.nanoTime();
                long calcul = fils.getCurrentThreadCpuTime();
                appel.get();
                processeur[i] = (fils.getCurrentThreadCpuTime() - calcul) / 1e6;
                millis[i] = (System.nanoTime() - debut) / 1e6;
            }
            Mesures mesures = new Mesures(millis);
            table.append(ligneLatence(nom, mesures).stripTrailing())
                    .append(" %s ms |".formatted(ms(new Mesures(processeur).centile(50))))
                    .append(mesures.centile(95) < 100 ? " atteint (p95) |\n" : " **non atteint** (p95) |\n");
        });
        return table.append(("\n%d mesures par appel après %d d'échauffement ; « processeur du client » : le temps de "
                + "processeur du fil qui appelle (Java seul, sans la base), moins sensible que la durée à la charge de la "
                + "machine.\n").formatted(p.mesuresRapport(), p.echauffementRapport())).toString();
    }

    // --- 1. to 3.: throughput ---------------------------------------------------------------------------------------

    private String mesurerDebit() throws Exception {
        DebitMesure debit = new DebitMesure(base, app.getBean(HikariDataSource.class), p.tailleSeance());
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        HistoryService historique = app.getBean(HistoryService.class);
        debit.mesurer(this::tourApplication, 1, p.echauffementDebit());
        debit.mesurer(instances -> tourMoteurNu(instances, false), 1, p.echauffementDebit());
        debit.mesurer(instances -> tourMoteurNu(instances, true), 1, p.echauffementDebit());
        List<DebitMesure.Resultat[]> resultats = new ArrayList<>();
        for (int fils : p.fils()) {
            long notifies = notifies(jdbc);
            long finies = finis(historique, "banc-nu");
            long courriels = finis(historique, "avis-courriels");
            long courrielsNus = finis(historique, "banc-nu-courriels");
            marquer(jdbc, "application, " + fils + " fils");
            DebitMesure.Resultat application = debit.mesurer(this::tourApplication, fils, p.dossiers());
            marquer(jdbc, "moteur nu, " + fils + " fils");
            DebitMesure.Resultat nu = debit.mesurer(instances -> tourMoteurNu(instances, false), fils, p.dossiers());
            long lettres = LettresNues.gardees(jdbc);
            marquer(jdbc, "moteur nu avec lettres, " + fils + " fils");
            DebitMesure.Resultat nuAvecLettres = debit.mesurer(instances -> tourMoteurNu(instances, true), fils,
                    p.dossiers());
            marquer(jdbc, "fin, " + fils + " fils");
            verifier(notifies(jdbc) - notifies, "dossiers notifiés");
            // two bare series, without and with letters
            verifier(finis(historique, "banc-nu") - finies, 2, "instances nues terminées");
            verifier(LettresNues.gardees(jdbc) - lettres, LettresNues.MODELES.size(),
                    "lettres du moteur nu avec lettres");
            // the letters and e-mails of each avis, and the bare engine's two steps in their place, ran in the measure
            verifier(finis(historique, "avis-courriels") - courriels, "processus de courriels terminés");
            verifier(finis(historique, "banc-nu-courriels") - courrielsNus, 2, "processus de courriels nus terminés");
            resultats.add(new DebitMesure.Resultat[] {application, nu, nuAvecLettres});
        }
        long enEchec = app.getBean(ManagementService.class).createJobQuery().withException().count();
        if (enEchec > 0) {
            throw new IllegalStateException(enEchec + " travaux en échec pendant la mesure du débit");
        }

        base.initialiserPgbench(p.pgbench());
        Map<Integer, Double> tps = new LinkedHashMap<>();
        for (int clients : List.of(1, p.filsMax())) {
            tps.put(clients, base.pgbench(p.pgbench(), clients, Duration.ofSeconds(p.pgbenchSecondes())));
        }
        base.retirerPgbench();

        StringBuilder table = new StringBuilder("""
                | fils clients | application (dossiers/s) | moteur nu (instances/s) | **application / moteur nu** (objectif ≥ 0,6) | moteur nu avec lettres (instances/s) | application / moteur nu avec lettres | commits par dossier | commits par instance nue |
                |---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (DebitMesure.Resultat[] r : resultats) {
            double ratio = Mesures.ratio(r[0].parSeconde(), r[1].parSeconde());
            table.append("| %d | %s | %s | **%s** %s | %s | %s | %s | %s |\n".formatted(r[0].fils(),
                    nombre(r[0].parSeconde(), 2), nombre(r[1].parSeconde(), 2), nombre(ratio, 2),
                    ratio >= 0.6 ? "atteint" : "non atteint", nombre(r[2].parSeconde(), 2),
                    nombre(Mesures.ratio(r[0].parSeconde(), r[2].parSeconde()), 2),
                    nombre(r[0].commitsParDossier(), 1), nombre(r[1].commitsParDossier(), 1)));
        }
        double commitsParDossier = resultats.stream().mapToDouble(r -> r[0].commitsParDossier()).average()
                .orElseThrow();
        table.append("""

                %d dossiers par mesure (et autant d'instances nues de chaque série), par séances de %d, après %d \
                de chacun d'échauffement ; « moteur nu avec lettres » : le même moteur nu dont l'étape de production \
                des lettres rend et garde les deux lettres PDF d'un avis d'équipement (`banc/LettresNues`, modèles de \
                l'application, valeurs d'exemple), le travail inévitable d'un avis, pour comparaison (l'objectif \
                reste sur le moteur nu) ; « commits » : accroissement de `xact_commit` de `pg_stat_database` pendant \
                la mesure (lectures comprises), divisé par le nombre de dossiers.

                | pgbench `-N` (simple-update), même base | transactions/s | plafond = tps / commits par dossier (%s) | application à %d fils / plafond |
                |---|---:|---:|---:|
                """.formatted(p.dossiers(), p.tailleSeance(), p.echauffementDebit(), nombre(commitsParDossier, 1),
                p.filsMax()));
        DebitMesure.Resultat applicationMax = resultats.get(resultats.size() - 1)[0];
        tps.forEach((clients, t) -> table.append("| %d client%s, %d s | %s | %s dossiers/s | %s |\n".formatted(clients,
                clients > 1 ? "s" : "", p.pgbenchSecondes(), nombre(t, 0), nombre(t / commitsParDossier, 1),
                nombre(Mesures.ratio(applicationMax.parSeconde(), t / commitsParDossier), 2))));
        return table.toString();
    }

    /** The bench's dossiers notified so far (their references name the CSEF). */
    private static long notifies(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from dossier where statut = 'NOTIFIE' and reference like '%CSEF-%'",
                Long.class);
    }

    /** The finished instances of that process (in the history). */
    private static long finis(HistoryService historique, String processus) {
        return historique.createHistoricProcessInstanceQuery().processDefinitionKey(processus).finished().count();
    }

    /**
     * A mark in PostgreSQL's statement log (BENCHMARKS.md, « Compter les requêtes ») between the measures, so that the
     * statements of each one can be counted apart.
     */
    private static void marquer(JdbcTemplate jdbc, String mesure) {
        jdbc.queryForObject("select 'banc: " + mesure + "'", String.class);
    }

    /** Every dossier of the run reached its end: the figures count finished lifecycles only. */
    private void verifier(long obtenus, String quoi) {
        verifier(obtenus, 1, quoi);
    }

    /** {@code parDossier} of them for each dossier of the run. */
    private void verifier(long obtenus, int parDossier, String quoi) {
        if (obtenus != (long) parDossier * p.dossiers()) {
            throw new IllegalStateException(obtenus + " " + quoi + " au lieu de " + (long) parDossier * p.dossiers());
        }
    }

    /** That many équipement requests of a school, from registration to notification, deliberated in one séance. */
    private void tourApplication(int dossiers) {
        Parcours parcours = app.getBean(Parcours.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < dossiers; i++) {
            ids.add(parcours.enregistrer(demandeEquipement(i)));
        }
        ids.forEach(id -> parcours.instruire(id, Decision.FAVORABLE));
        parcours.tenirSeance(LocalDate.now(app.getBean(Clock.class)),
                ids.stream().map(id -> new Parcours.AvisRendu(id, Decision.FAVORABLE, null)).toList());
        ids.forEach(parcours::executerTravaux);
    }

    private ObjectNode demandeEquipement(int i) {
        ObjectNode corps = app.getBean(ObjectMapper.class).createObjectNode();
        corps.put("type", AvisType.EQUIPEMENT.name());
        corps.putObject("demandeur").put("nom", "Institut technique de Huy").put("categorie", "ECOLE");
        corps.put("objet", "Fonds d'équipement : banc hydraulique");
        corps.put("dateReception", LocalDate.now(app.getBean(Clock.class)).toString());
        corps.putObject("donnees").put("ecole", "Institut technique de Huy").put("option", "Technicien en maintenance")
                .put("metier", "Technicien en maintenance").put("equipement", "Banc hydraulique")
                .put("montant", 12000 + 350 * i);
        return corps;
    }

    /**
     * The same rounds on the bare engine: the engine's API only, no dossier, no form, no journal; with
     * {@code lettres}, its step « produire les lettres » renders and keeps the avis's two letters ({@link LettresNues}).
     */
    private void tourMoteurNu(int instances, boolean lettres) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        Parcours parcours = app.getBean(Parcours.class);
        List<Long> cles = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            long cle = cleNue.getAndIncrement();
            runtime.startProcessInstanceByKey("banc-nu", String.valueOf(cle), Map.of(DossierService.VARIABLE_TYPE,
                    AvisType.EQUIPEMENT.name(), LettresNues.VARIABLE, lettres));
            cles.add(cle);
        }
        for (long cle : cles) {
            terminerNue(cle, "Task_Verifier", Map.of("complet", true));
            parcours.executerTravaux(cle);
            terminerNue(cle, "Task_Analyser", Map.of("propositionAvis", "FAVORABLE", "motivation", "Analyse."));
        }
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(s ->
                cles.forEach(cle -> runtime.createMessageCorrelation("BancNuSeance")
                        .processInstanceBusinessKey(String.valueOf(cle)).setVariable("decision", "FAVORABLE")
                        .correlate()));
        cles.forEach(parcours::executerTravaux);
    }

    private void terminerNue(long cle, String tache, Map<String, Object> variables) {
        TaskService taskService = app.getBean(TaskService.class);
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(cle))
                .taskDefinitionKey(tache).singleResult().getId(), variables);
    }

    /** The équipement call: 142 requests of a bassin registered at once by the client threads. */
    private String mesurerRafale() throws Exception {
        Parcours parcours = app.getBean(Parcours.class);
        ExecutorService fils = Executors.newFixedThreadPool(p.filsMax());
        try {
            long debut = System.nanoTime();
            List<Future<?>> enregistrements = new ArrayList<>();
            for (int i = 0; i < 142; i++) {
                int rang = i;
                enregistrements.add(fils.submit(() -> parcours.enregistrer(demandeEquipement(rang))));
            }
            for (Future<?> e : enregistrements) {
                e.get();
            }
            double secondes = (System.nanoTime() - debut) / 1e9;
            return "Appel « équipement » : 142 demandes d'un bassin enregistrées d'un coup par %d fils en %s s (%s par seconde)."
                    .formatted(p.filsMax(), nombre(secondes, 1), nombre(142 / secondes, 1));
        } finally {
            fils.shutdown();
        }
    }

    // --- the section of BENCHMARKS.md --------------------------------------------------------------------------------

    private String section(Machine machine, Instant debut, String chargement, String taches, String rapport,
            String debit, String rafale, List<DemarrageMesure.Resultat> demarrages) throws Exception {
        StringBuilder s = new StringBuilder();
        s.append("## Dernière mesure\n\n");
        s.append("Le %s (UTC), en %s min. %s ; PostgreSQL %s (base `%s`). Charge moyenne de la machine (1 min) : %s au "
                .formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(debut.atOffset(ZoneOffset.UTC)),
                        nombre(Duration.between(debut, Instant.now()).toSeconds() / 60.0, 1), machine.description(),
                        base.version(), base.nom(), machine.charge()))
                .append("début, %s à la fin : d'autres travaux tournaient, comparez les rapports plutôt que les valeurs.\n\n"
                        .formatted(Machine.lire().charge()));
        s.append("Paramètres : ").append(p.description()).append("\n\n");
        s.append("### 1 à 3. Débit du cycle de vie complet, moteur nu, pgbench\n\n").append(debit).append('\n')
                .append(rafale).append("\n\n");
        s.append("### 4. Liste des tâches\n\n").append(chargement).append(".\n\n").append(taches).append('\n');
        s.append("### 5. Rapport d'activité\n\n").append(rapport).append('\n');
        s.append("### 6. Démarrage sur la base embarquée (H2 fichier)\n\n");
        if (demarrages.isEmpty()) {
            s.append("Non mesuré (`-Davis.banc.demarrage=false`).\n");
        } else {
            s.append(DemarrageMesure.table(demarrages, p.optionsJvm()));
        }
        return s.toString();
    }

    private static String ligneLatence(String nom, Mesures m) {
        return "| %s | %s ms | %s ms | %s ms | %s ms |\n".formatted(nom, ms(m.centile(50)), ms(m.centile(95)),
                ms(m.centile(99)), ms(m.maximum()));
    }

    private static String ms(double millis) {
        return nombre(millis, 1);
    }

    static String nombre(double valeur, int decimales) {
        return String.format(Locale.FRANCE, "%,." + decimales + "f", valeur).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
