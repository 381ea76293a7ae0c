package be.ibefe.avis.importation;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.ApplicationRedemarree;
import be.ibefe.avis.support.BasesDeTest;
import be.ibefe.avis.support.NoeudExterne;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The node is killed (SIGKILL) while it creates the dossiers of one import and its job executor starts the
 * procedures of another (issue 15). Started again under the same node name, what it reports is true at once: the
 * import cut short is interrupted, with no dossier, rather than « N dossiers créés » for ten minutes; the start of the
 * other's procedures, whose job the dead run had locked for five minutes, resumes right away.
 */
class ImportArretBrutalIT {

    private static final String NOEUD = "arret-import";
    /** Well under the five minutes the dead run's lock on the job would otherwise last. */
    private static final Duration REPRISE_MAX = Duration.ofSeconds(100);

    private final List<String> base = BasesDeTest.nouvelle("arret-import");

    @Test
    void after_a_kill_the_imports_report_what_exists_and_the_procedures_start_again_at_once() throws Exception {
        List<String> arguments = new ArrayList<>(base);
        arguments.addAll(List.of("--camunda.bpm.job-execution.enabled=true", "--avis.securite.bcrypt-cout=4",
                "--avis.noeud=" + NOEUD));
        long demarrage;
        long coupe;
        try (NoeudExterne noeud = NoeudExterne.demarrer("arret-import", arguments)) {
            Api api = noeud.api();
            demarrage = deposer(api, "A", 1000);
            attendre(api, demarrage, lot -> lot.get("statut").asText().equals("TERMINE"));
            coupe = deposer(api, "B", 3000);
            attendre(api, coupe, lot -> lot.get("statut").asText().equals("IMPORT")
                    && lot.get("lignesTraitees").asInt() >= 200);
            JsonNode enCours = api.get("coordinateur", "/api/imports/" + demarrage).json();
            assertThat(enCours.get("proceduresDemarrees").asInt()).as("the kill comes while procedures start: %s",
                    enCours).isLessThan(enCours.get("dossiersCrees").asInt());
            assertThat(api.get("coordinateur", "/api/imports/" + coupe).json().get("dossiersCrees").asInt())
                    .as("dossiers of an unfinished import do not exist yet").isZero();
            noeud.tuer();
        }

        List<String> redemarrage = new ArrayList<>(base);
        redemarrage.addAll(List.of("--camunda.bpm.job-execution.enabled=true", "--avis.noeud=" + NOEUD));
        try (ConfigurableApplicationContext apres = ApplicationRedemarree.demarrer("arretImport", redemarrage)) {
            Imports imports = apres.getBean(Imports.class);
            JdbcTemplate sql = apres.getBean(JdbcTemplate.class);
            ImportView interrompu = imports.trouver(coupe).orElseThrow();
            assertThat(interrompu.statut()).isEqualTo(StatutImport.ECHEC);
            assertThat(interrompu.message()).isEqualTo(ImportService.INTERROMPU);
            assertThat(interrompu.dossiersCrees()).isZero();
            assertThat(sql.queryForObject("select count(*) from dossier where import_id = ?", Long.class, coupe))
                    .isZero();

            NoeudExterne.attendre("la reprise des procédures après le redémarrage", REPRISE_MAX, Duration.ofMillis(500),
                    () -> imports.trouver(demarrage).orElseThrow().proceduresEnAttente() == 0);
            ImportView repris = imports.trouver(demarrage).orElseThrow();
            assertThat(repris.proceduresEnAttente()).as("procedures still waiting %s after the restart: %s",
                    REPRISE_MAX, repris).isZero();
            assertThat(repris.proceduresDemarrees()).isEqualTo(1000);
        }
    }

    private static long deposer(Api api, String serie, int lignes) {
        StringBuilder csv = new StringBuilder("referenceExterne;objet;dateReception;demandeur.nom;demandeur.categorie;"
                + "donnees.ecole;donnees.option;donnees.metier;donnees.equipement;donnees.montant\n");
        for (int i = 1; i <= lignes; i++) {
            csv.append("ARRET-%s-%d;Poste %d;2024-03-01;Athénée royal de Waremme;ECOLE;Athénée royal de Waremme;"
                    .formatted(serie, i, i)).append("Soudage;Soudeur;Poste de soudage orbital;12500\n");
        }
        Api.Reponse depot = api.postFichier("coordinateur", "/api/imports?type=EQUIPEMENT", "fichier",
                serie + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(depot.status()).as(depot.corps()).isEqualTo(202);
        return depot.json().get("id").asLong();
    }

    private static void attendre(Api api, long id, Predicate<JsonNode> etat) {
        NoeudExterne.attendre("l'import " + id, Duration.ofMinutes(3), Duration.ofMillis(100), () -> {
            JsonNode lot = api.get("coordinateur", "/api/imports/" + id).json();
            if (etat.test(lot)) {
                return true;
            }
            assertThat(StatutImport.valueOf(lot.get("statut").asText()).fini()).as("import %d over too soon: %s", id,
                    lot).isFalse();
            return false;
        });
    }
}
