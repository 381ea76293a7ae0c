package be.ibefe.avis;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.ApplicationRedemarree;
import be.ibefe.avis.support.BasesDeTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stop the application, start it again: dossiers and running processes are still there and carry on. Runs on a new
 * H2 file database, and on a new PostgreSQL database in the PostgreSQL run.
 */
class RestartIT {

    private final List<String> base = BasesDeTest.nouvelle("redemarrage");

    @Test
    void dossiers_and_running_processes_survive_a_restart() throws Exception {
        long dossierId;
        long deployments;
        try (ConfigurableApplicationContext premier = demarrer()) {
            NouveauDossier demande = premier.getBean(ObjectMapper.class)
                    .treeToValue(Demandes.cispNouvelleFiliere(), NouveauDossier.class);
            dossierId = premier.getBean(DossierService.class).enregistrer(demande).dossier().id();
            TaskService taches = premier.getBean(TaskService.class);
            taches.complete(tache(taches, dossierId).getId(), Map.of("complet", true));
            deployments = premier.getBean(RepositoryService.class).createDeploymentQuery().count();
        }

        try (ConfigurableApplicationContext second = demarrer()) {
            DossierService dossiers = second.getBean(DossierService.class);
            assertThat(dossiers.consulter(dossierId).statut()).as("the evaluation was left to a job")
                    .isEqualTo(Statut.RECU);
            second.getBean(Travaux.class).executerEnAttente();
            assertThat(dossiers.consulter(dossierId).statut()).isEqualTo(Statut.EN_ANALYSE);
            assertThat(dossiers.consulter(dossierId).eligibilite()).isNotEmpty();
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
                    .as("unchanged models are not deployed again").isEqualTo(deployments);

            TaskService taches = second.getBean(TaskService.class);
            Task analyse = tache(taches, dossierId);
            assertThat(analyse.getTaskDefinitionKey()).isEqualTo("Task_AnalyserDossier");
            taches.complete(analyse.getId(), Map.of("propositionAvis", "FAVORABLE", "motivation", "Complet."));
            assertThat(dossiers.consulter(dossierId).statut()).isEqualTo(Statut.PRET_POUR_SEANCE);
        }
    }

    private ConfigurableApplicationContext demarrer() {
        return ApplicationRedemarree.demarrer("redemarrage", base);
    }

    private static Task tache(TaskService taches, long dossierId) {
        return taches.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossierId)).singleResult();
    }
}
