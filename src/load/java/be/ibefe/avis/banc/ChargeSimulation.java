package be.ibefe.avis.banc;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import be.ibefe.avis.AvisApplication;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The load test (BENCHMARKS.md, « Test de charge »): the application on a PostgreSQL database of its own holding a
 * region's history (the benchmark's generator, {@link HistoriqueDuBanc}), then signed-in users for a while: browsers
 * of the task list, dossier pages and dashboard, analysts who take and complete tasks through the pages, coordinators
 * who drop import files through the API. Each page's p95 must stay under 150 ms and no request may fail; afterwards
 * the database must show every completion the users were told of, once, and every dossier of the imports. Run:
 * {@code mvn -Pload test-compile gatling:test}; sizes are system properties {@code avis.charge.*}. The server's
 * connection pool and request threads are read every second meanwhile ({@link RelevesDuServeur}). With
 * {@code avis.charge.cible}, the application already runs elsewhere on {@code avis.charge.url}, filled by an earlier
 * run: the generator then runs on a machine of its own (BENCHMARKS.md, « Le générateur sur une autre machine »).
 */
public class ChargeSimulation extends Simulation {

    /** The CSRF token of a page's forms (also read by the warm-up, Echauffement). */
    static final String CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";
    private static final int LIGNES_PAR_IMPORT = 20;

    private final Duration duree = Duration.ofSeconds(entier("duree", 180));
    private final int parcours = entier("parcours", 40);
    private final int travailleurs = entier("travailleurs", 10);
    private final int importateurs = entier("importateurs", 2);
    /** Rounds of the warm-up before the measure (Echauffement); 0 measures a server as it comes. */
    private final int echauffement = entier("echauffement", 30);
    private final String url = System.getProperty("avis.charge.url",
            "jdbc:postgresql://127.0.0.1:5432/avis_charge_bench");
    private final String utilisateur = System.getProperty("avis.charge.utilisateur", "postgres");
    private final String motDePasse = System.getProperty("avis.charge.mot-de-passe", "");
    /** The application already running elsewhere (its address), or none: the simulation starts its own. */
    private final String cible = System.getProperty("avis.charge.cible", "");
    private final ConfigurableApplicationContext app;
    private final String adresse;
    private RelevesDuServeur releves;
    private final JdbcTemplate jdbc;
    private final ConcurrentLinkedQueue<String> tachesLibres;
    private final List<Long> dossiers;
    private final AtomicInteger terminees = new AtomicInteger();
    private final AtomicInteger importsAcceptes = new AtomicInteger();
    private final AtomicInteger numeroImport = new AtomicInteger();
    /** The external references of this run's imports: a database kept between runs holds those of the earlier ones. */
    private final String prefixeImports = "CHARGE-" + Instant.now().getEpochSecond() + "-";
    private final Instant debut;

    public ChargeSimulation() throws Exception {
        if (cible.isBlank()) {
            BaseDuBanc base = new BaseDuBanc(url, utilisateur, motDePasse);
            base.recreer();
            // Tomcat's thread metrics (tomcat.threads.*) are only published with its MBeans
            app = new SpringApplicationBuilder(AvisApplication.class).profiles("postgres", "demo").run(
                    "--spring.datasource.url=" + base.url(), "--spring.datasource.username=" + base.utilisateur(),
                    "--spring.datasource.password=" + base.motDePasse(), "--server.port=0",
                    "--server.tomcat.mbeanregistry.enabled=true",
                    "--avis.securite.bcrypt-cout=4", "--logging.level.root=warn", "--spring.main.banner-mode=off");
            jdbc = app.getBean(JdbcTemplate.class);
            String chargement = new HistoriqueDuBanc(app, base, entier("historiques", 100_000),
                    entier("rapport", 50_000), entier("taches", 3_000), 2, 1).charger();
            System.out.println("Historique : " + chargement);
            adresse = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        } else {
            // the application runs on another machine, on this database, already filled by a run of this simulation
            app = null;
            jdbc = new JdbcTemplate(new DriverManagerDataSource(url, utilisateur, motDePasse));
            if (jdbc.queryForObject("select count(*) from dossier", Long.class) == 0) {
                throw new IllegalStateException("La base " + url + " n'a aucun dossier : remplissez-la d'abord "
                        + "(BENCHMARKS.md, « Le générateur sur une autre machine »)");
            }
            adresse = cible.replaceAll("/+$", "");
        }
        tachesLibres = new ConcurrentLinkedQueue<>(jdbc.queryForList("select ID_ from ACT_RU_TASK where "
                + "TASK_DEF_KEY_ = 'Task_VerifierRecevabilite' and ASSIGNEE_ is null order by ID_", String.class));
        dossiers = jdbc.queryForList("select id from dossier order by id", Long.class);
        debut = Instant.now();

        HttpProtocolBuilder protocole = http.baseUrl(adresse).disableFollowRedirect()
                .acceptLanguageHeader("fr-BE,fr;q=0.9").acceptHeader("text/html,application/json;q=0.9");
        Duration montee = Duration.ofSeconds(10);
        setUp(
                parcourir().injectOpen(constantUsersPerSec(parcours / (double) montee.toSeconds()).during(montee)),
                traiter().injectOpen(constantUsersPerSec(travailleurs / (double) montee.toSeconds()).during(montee)),
                importer().injectOpen(constantUsersPerSec(importateurs / (double) montee.toSeconds()).during(montee)))
                .protocols(protocole)
                .assertions(forAll().responseTime().percentile(95.0).lt(150), global().failedRequests().count().is(0L));
    }

    /** Browses the task list, dossier pages and the dashboard, with a person's pauses. */
    private ScenarioBuilder parcourir() {
        Random hasard = new Random(7);
        Iterator<Map<String, Object>> auHasard = Stream.generate((Supplier<Map<String, Object>>) () ->
                Map.of("dossier", dossiers.get(hasard.nextInt(dossiers.size())))).iterator();
        return scenario("Parcourir").exec(connexion("coordinateur")).exec(during(duree).on(
                exec(page("liste des tâches", "/taches")).pause(1, 3)
                        .feed(auHasard)
                        .exec(page("page d'un dossier", "/dossiers/#{dossier}")).pause(1, 3)
                        .exec(page("tableau de bord", "/tableau-de-bord")).pause(1, 3)));
    }

    /** Takes and completes the recevabilité of open dossiers through the pages; each task goes to one user only. */
    private ScenarioBuilder traiter() {
        Iterator<Map<String, Object>> taches = Stream.generate((Supplier<Map<String, Object>>) () -> {
            String tache = tachesLibres.poll();
            if (tache == null) {
                throw new IllegalStateException("Plus de tâche libre : augmentez avis.charge.taches");
            }
            return Map.<String, Object>of("tache", tache);
        }).iterator();
        // each round goes to its end (Gatling's loop otherwise leaves it as soon as the time is up): a completion the
        // server made at the last second is counted, as the check after the run expects
        return scenario("Traiter des tâches").exec(connexion("analyste")).exec(during(duree, false).on(
                exec(page("liste des tâches", "/taches")).pause(1, 2)
                        .feed(taches)
                        .exec(http("prendre une tâche").post("/taches/#{tache}/prendre").formParam("_csrf", "#{csrf}")
                                .check(status().is(302), header("Location")
                                        .transform(l -> l.substring(l.indexOf("/taches/")))
                                        .is(session -> "/taches/" + session.getString("tache"))
                                        .name("retour à la tâche")))
                        .exec(page("page d'une tâche", "/taches/#{tache}")).pause(1, 2)
                        .exec(http("terminer une tâche").post("/taches/#{tache}").formParam("complet", "on")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(302), header("Location").transform(l -> l.endsWith("/taches"))
                                        .is(true)))
                        .exec(session -> {
                            if (!session.isFailed()) {
                                terminees.incrementAndGet();
                            }
                            return session;
                        })));
    }

    /** Drops an import of twenty requests through the API and follows it to its end, again and again. */
    private ScenarioBuilder importer() {
        return scenario("Importer").exec(during(duree).on(
                exec(session -> session.set("numero", numeroImport.incrementAndGet()))
                        .exec(http("déposer un import").post("/api/imports").basicAuth("coordinateur", "coordinateur")
                                .header("Accept", "application/json")
                                .formParam("type", "EQUIPEMENT")
                                .bodyPart(ByteArrayBodyPart("fichier", session -> csv(session.getInt("numero")))
                                        .fileName("charge.csv").contentType("text/csv"))
                                .asMultipartForm()
                                .check(status().is(202), header("Location").saveAs("suivi")))
                        .exec(session -> {
                            importsAcceptes.incrementAndGet();
                            return session.set("statut", "EN_ATTENTE");
                        })
                        .exec(asLongAs(session -> !List.of("TERMINE", "REFUSE", "ECHEC")
                                .contains(session.getString("statut"))).on(
                                pauseUneSeconde().exec(http("suivre un import").get("#{suivi}")
                                        .basicAuth("coordinateur", "coordinateur").header("Accept", "application/json")
                                        .check(status().is(200), jsonPath("$.statut").saveAs("statut")))))
                        .exec(session -> session.getString("statut").equals("TERMINE") ? session
                                : session.markAsFailed())
                        .pause(2, 5)));
    }

    private static ChainBuilder pauseUneSeconde() {
        return exec(session -> session).pause(1);
    }

    /** The sign-in form, its CSRF token first; then the session's token for the forms that follow. */
    private static ChainBuilder connexion(String login) {
        return exec(http("page de connexion").get("/login").check(status().is(200), regex(CSRF).saveAs("csrf")))
                .exec(http("connexion").post("/login").formParam("username", login).formParam("password", login)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));
    }

    /** A page served to the signed-in user (not a redirection to the sign-in), whose CSRF token is kept. */
    private static ChainBuilder page(String nom, String chemin) {
        return exec(http(nom).get(chemin).check(status().is(200), regex(CSRF).saveAs("csrf")));
    }

    private byte[] csv(int numero) {
        StringBuilder csv = new StringBuilder("referenceExterne;objet;dateReception;demandeur.nom;demandeur.categorie;"
                + "donnees.ecole;donnees.option;donnees.metier;donnees.equipement;donnees.montant\n");
        for (int i = 0; i < LIGNES_PAR_IMPORT; i++) {
            csv.append((prefixeImports + "%d-%d;Équipement %d;2026-03-26;Athénée %d;ECOLE;Athénée %d;Soudage;Soudeur;"
                    + "Poste;1200\n").formatted(numero, i, i, numero, numero));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the database says once the jobs the users started are done: each completion the users were told of is
     * there once (none lost, none doubled) and moved its dossier on; each accepted import created all its dossiers.
     */
    /** The server's pool and threads are read while the users run (RelevesDuServeur). */
    @Override
    public void before() {
        try {
            if (echauffement > 0) {
                Duration duree = new Echauffement(adresse, dossiers).tours(echauffement);
                System.out.println("Échauffement : " + echauffement + " tours (connexion, liste des tâches, page d'un "
                        + "dossier, tableau de bord) en " + duree.toMillis() + " ms, hors mesure");
            }
            releves = new RelevesDuServeur(adresse, System.getProperty("avis.charge.admin", "admin"),
                    System.getProperty("avis.charge.admin-mot-de-passe", "admin"),
                    Path.of(System.getProperty("avis.charge.releves", "target/gatling")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Échauffement ou relevés du serveur interrompus", e);
        }
    }

    @Override
    public void after() {
        try {
            releves.close();
            System.out.println(releves.resume());
        } catch (IOException e) {
            System.out.println("Relevés du serveur non écrits : " + e);
        }
        try {
            attendreLesTravaux();
            List<String> erreurs = new ArrayList<>();
            long enBase = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = "
                    + "'Task_VerifierRecevabilite' and DELETE_REASON_ = 'completed' and END_TIME_ >= ?", Long.class,
                    java.sql.Timestamp.from(debut));
            long doublees = jdbc.queryForObject("select count(*) from (select PROC_INST_ID_ from ACT_HI_TASKINST "
                    + "where TASK_DEF_KEY_ = 'Task_VerifierRecevabilite' and DELETE_REASON_ = 'completed' "
                    + "group by PROC_INST_ID_ having count(*) > 1) d", Long.class);
            long restees = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST t join dossier d on "
                    + "cast(d.id as varchar(20)) = (select BUSINESS_KEY_ from ACT_HI_PROCINST p where p.ID_ = "
                    + "t.PROC_INST_ID_) where t.TASK_DEF_KEY_ = 'Task_VerifierRecevabilite' and t.DELETE_REASON_ = "
                    + "'completed' and d.statut = 'RECU'", Long.class);
            long importes = jdbc.queryForObject("select count(*) from dossier where reference_externe like ?",
                    Long.class, prefixeImports + "%");
            String bilan = ("Vérification en base : %d tâches terminées annoncées aux utilisateurs, %d en base, %d "
                    + "terminées deux fois, %d dossiers restés « reçus » après leur recevabilité ; %d imports "
                    + "acceptés, %d dossiers importés sur %d attendus").formatted(terminees.get(), enBase, doublees,
                    restees, importsAcceptes.get(), importes, (long) importsAcceptes.get() * LIGNES_PAR_IMPORT);
            System.out.println(bilan);
            if (enBase != terminees.get()) {
                erreurs.add("tâches terminées : " + terminees.get() + " annoncées, " + enBase + " en base");
            }
            if (doublees != 0 || restees != 0) {
                erreurs.add(doublees + " terminées deux fois, " + restees + " sans suite");
            }
            if (importes != (long) importsAcceptes.get() * LIGNES_PAR_IMPORT) {
                erreurs.add("dossiers importés : " + importes);
            }
            if (!erreurs.isEmpty()) {
                throw new IllegalStateException("Vérification en base en échec : " + String.join(" ; ", erreurs));
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    /** The evaluations the completions started and the imports' process starts run on the job executor. */
    private void attendreLesTravaux() {
        Instant limite = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(limite) && jdbc.queryForObject("select count(*) from ACT_RU_JOB where "
                + "RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= current_timestamp) and TYPE_ = 'message'",
                Long.class) + jdbc.queryForObject("select count(*) from import_lot where statut not in "
                + "('TERMINE', 'REFUSE', 'ECHEC')", Long.class) > 0) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int entier(String nom, int defaut) {
        return Integer.parseInt(System.getProperty("avis.charge." + nom, String.valueOf(defaut)));
    }
}
