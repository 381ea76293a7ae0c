package be.ibefe.avis.poles;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Navigateur;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task « Évaluer le pôle » in a real browser: listed in « Mes tâches » with its pôle (a link, its name) where a
 * dossier's tasks show their dossier; its page shows the pôle and the form, refuses conclusions left empty beside the
 * field, and its completion proposes the renewal to the Instance. Another bassin's coordination does not reach it.
 */
@AvisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationDuPoleNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    PolesEnEvaluation polesEnEvaluation;

    Navigateur navigateur;

    @BeforeAll
    void navigateur() {
        navigateur = new Navigateur(port);
    }

    @AfterAll
    void fermer() {
        navigateur.close();
    }

    @Test
    void the_coordination_evaluates_the_pole_from_its_task_list() {
        PolesEnEvaluation.PoleEnEvaluation pole = polesEnEvaluation.enEvaluation("Pôle éco-construction du bassin",
                LocalDate.of(2030, 9, 2));

        navigateur.connecter("coordinateur").ouvrir("/taches?q=%C3%A9co-construction");
        String ligne = navigateur.element(By.cssSelector("#resultats tbody tr")).getText();
        assertThat(ligne).contains("Évaluer le pôle").contains("Pôle éco-construction du bassin\nPôle de synergies");
        assertThat(navigateur.element(By.cssSelector("#resultats tbody tr a[href='/poles/" + pole.poleId() + "']"))
                .getText()).isEqualTo("Pôle éco-construction du bassin");
        navigateur.capture("taches-evaluation-pole");

        navigateur.suivre(By.linkText("Évaluer le pôle"));
        assertThat(navigateur.voit("Évaluer le pôle")).contains("Proposer le renouvellement du pôle")
                .contains("Conclusions de l'évaluation");
        assertThat(navigateur.element(By.cssSelector("#titre-pole + p a")).getAttribute("href"))
                .endsWith("/poles/" + pole.poleId());

        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));
        assertThat(navigateur.element(By.id("erreur-conclusions")).getText()).contains("obligatoire");
        navigateur.capture("tache-evaluation-pole-erreur");

        navigateur.cocher(By.id("renouveler"));
        navigateur.saisir(By.id("conclusions"), "Six réunions par an ; la fiche « Chantiers-écoles » a atteint "
                + "ses indicateurs : renouvellement proposé.");
        navigateur.capture("tache-evaluation-pole");
        navigateur.suivre(By.xpath("//button[text()='Terminer la tâche']"));

        assertThat(navigateur.url()).endsWith("/taches");
        assertThat(navigateur.voit("Tâche « Évaluer le pôle » terminée pour le pôle « Pôle éco-construction du bassin »."))
                .isNotEmpty();
        assertThat(new Api(port).get("coordinateur", "/api/poles/" + pole.poleId()).json().get("statut").asText())
                .isEqualTo("RENOUVELLEMENT");
    }

    @Test
    void another_bassins_coordination_does_not_reach_the_task() {
        PolesEnEvaluation.PoleEnEvaluation pole = polesEnEvaluation.enEvaluation("Pôle logistique fluviale",
                LocalDate.of(2030, 9, 3));

        navigateur.connecter("coordhuy").ouvrir("/taches?q=logistique+fluviale");
        assertThat(navigateur.voit("Mes tâches")).doesNotContain("Évaluer le pôle");
        navigateur.ouvrir("/taches/" + pole.tacheId());
        assertThat(navigateur.texte()).doesNotContain("Proposer le renouvellement du pôle");

        navigateur.connecter("coordinateur").ouvrir("/taches?q=logistique+fluviale");
        assertThat(navigateur.voit("Pôle logistique fluviale")).contains("Évaluer le pôle");
        new Api(port).post("coordinateur", "/api/poles/" + pole.poleId() + "/cloture", "");
    }
}
