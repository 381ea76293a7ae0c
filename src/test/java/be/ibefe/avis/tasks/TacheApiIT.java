package be.ibefe.avis.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The task list over REST, from a new CISP request to its notification. */
@AvisIntegrationTest
class TacheApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Travaux travaux;

    Api api;
    Taches taches;
    String dossierId;

    @BeforeEach
    void nouveauDossier() {
        api = new Api(port);
        taches = new Taches(api, travaux);
        dossierId = api.post("coordinateur", "/api/dossiers", Demandes.cispNouvelleFiliere()).json().get("id")
                .asText();
    }

    @Test
    void a_cisp_dossier_is_driven_to_notifie_over_rest() {
        JsonNode tache = tache("analyste", "Task_VerifierRecevabilite");
        assertThat(tache.get("reference").asText()).startsWith("LIE-CSEF-2024-");
        assertThat(tache.at("/demandeur/nom").asText()).isEqualTo("CISP Le Tremplin");
        assertThat(tache.get("echeance").asText()).isEqualTo("2024-05-28");

        assertThat(api.post("analyste", "/api/taches/" + tache.get("id").asText() + "/claim", "").status())
                .isEqualTo(204);
        assertThat(tache("analyste", "Task_VerifierRecevabilite").get("assignee").asText()).isEqualTo("analyste");
        terminer("analyste", "Task_VerifierRecevabilite", Map.of("complet", false,
                "piecesManquantes", "Budget de la filière"));
        assertThat(dossier().get("statut").asText()).isEqualTo("INCOMPLET");

        terminer("analyste", "Task_ReceptionnerPieces", Map.of("piecesRecues", "Budget reçu le 20 mars"));
        terminer("analyste", "Task_VerifierRecevabilite", Map.of("complet", true));
        JsonNode enAnalyse = dossier();
        assertThat(enAnalyse.get("statut").asText()).isEqualTo("EN_ANALYSE");
        assertThat(enAnalyse.get("eligibilite").findValuesAsText("resultat")).containsOnly("OK");

        terminer("analyste", "Task_AnalyserDossier", Map.of("propositionAvis", "FAVORABLE_AVEC_RECOMMANDATION",
                "motivation", "Filière en lien avec un métier prioritaire."));
        assertThat(dossier().get("statut").asText()).isEqualTo("PRET_POUR_SEANCE");
        assertThat(api.get("analyste", "/api/taches?dossierId=" + dossierId).json()).isEmpty();

        new SeancesApi(api).deciderEnSeance(dossierId, "FAVORABLE_AVEC_RECOMMANDATION", Map.of(
                "motivation", "Avis conforme à la proposition.",
                "recommandation", "Prévoir un module de remise à niveau.", "pour", 5));

        JsonNode notifie = dossier();
        assertThat(notifie.get("statut").asText()).isEqualTo("NOTIFIE");
        assertThat(notifie.get("decision").asText()).isEqualTo("FAVORABLE_AVEC_RECOMMANDATION");
        assertThat(notifie.at("/deliberation/recommandation").asText()).isEqualTo("Prévoir un module de remise à niveau.");
        assertThat(notifie.at("/deliberation/par").asText()).isEqualTo("coordinateur");
        List<String> statuts = notifie.get("historique").findValuesAsText("statut");
        assertThat(statuts).containsExactly("RECU", "INCOMPLET", "INCOMPLET", "RECU", "EN_ANALYSE",
                "PRET_POUR_SEANCE", "PRET_POUR_SEANCE", "INSCRIT", "DELIBERE", "NOTIFIE");
        assertThat(notifie.get("historique").findValuesAsText("evenement").get(2))
                .startsWith("Pièces manquantes demandées au demandeur : courriel à ");
        assertThat(notifie.get("historique").findValuesAsText("utilisateur"))
                .containsExactly("coordinateur", "analyste", "analyste", "analyste", "systeme", "analyste",
                        "analyste", "coordinateur", "coordinateur", "coordinateur");
    }

    @Test
    void a_missing_conditional_field_is_named() {
        Api.Reponse reponse = api.post("analyste", completer("analyste", "Task_VerifierRecevabilite"),
                Map.of("complet", false));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().at("/erreurs/0/champ").asText()).isEqualTo("piecesManquantes");
        assertThat(reponse.json().at("/erreurs/0/message").asText()).isEqualTo("« Pièces manquantes » est obligatoire.");
        assertThat(tache("analyste", "Task_VerifierRecevabilite")).isNotNull();
    }

    @Test
    void form_values_are_checked_against_the_form() {
        terminer("analyste", "Task_VerifierRecevabilite", Map.of("complet", true));

        Api.Reponse reponse = api.post("analyste", completer("analyste", "Task_AnalyserDossier"),
                Map.of("propositionAvis", "PEUT_ETRE", "motivation", 12, "commentaire", "x"));

        assertThat(reponse.status()).isEqualTo(400);
        assertThat(reponse.json().get("erreurs").findValuesAsText("champ"))
                .containsExactlyInAnyOrder("commentaire", "propositionAvis", "motivation");
        assertThat(dossier().get("statut").asText()).isEqualTo("EN_ANALYSE");
    }

    @Test
    void a_member_outside_the_candidate_group_cannot_complete() {
        Api.Reponse reponse = api.post("membre1", completer("analyste", "Task_VerifierRecevabilite"),
                Map.of("complet", true));

        assertThat(reponse.status()).isEqualTo(403);
        assertThat(reponse.json().get("detail").asText()).contains("réservée à : equipe");
        assertThat(dossier().get("statut").asText()).isEqualTo("RECU");
    }

    @Test
    void a_task_claimed_by_a_colleague_cannot_be_completed_or_claimed() {
        String id = tache("analyste", "Task_VerifierRecevabilite").get("id").asText();
        api.post("analyste", "/api/taches/" + id + "/claim", "");

        Api.Reponse completion = api.post("coordinateur", "/api/taches/" + id + "/complete", Map.of("complet", true));
        Api.Reponse claim = api.post("coordinateur", "/api/taches/" + id + "/claim", "");

        assertThat(completion.status()).isEqualTo(403);
        assertThat(completion.json().get("detail").asText()).isEqualTo("Cette tâche est attribuée à analyste.");
        assertThat(claim.status()).isEqualTo(409);
        assertThat(claim.json().get("detail").asText()).contains("déjà été prise en charge par analyste");
    }

    @Test
    void only_the_assignee_unclaims() {
        String id = tache("analyste", "Task_VerifierRecevabilite").get("id").asText();
        api.post("analyste", "/api/taches/" + id + "/claim", "");

        assertThat(api.post("membre2", "/api/taches/" + id + "/unclaim", "").status()).isEqualTo(403);
        assertThat(api.post("analyste", "/api/taches/" + id + "/unclaim", "").status()).isEqualTo(204);
        assertThat(tache("analyste", "Task_VerifierRecevabilite").get("assignee").isNull()).isTrue();
    }

    @Test
    void a_finished_task_is_a_conflict_and_an_unknown_one_is_404() {
        String chemin = completer("analyste", "Task_VerifierRecevabilite");
        terminer("analyste", "Task_VerifierRecevabilite", Map.of("complet", true));

        Api.Reponse encore = api.post("analyste", chemin, Map.of("complet", true));
        Api.Reponse inconnue = api.post("analyste", "/api/taches/inexistante/complete", Map.of());

        assertThat(encore.status()).isEqualTo(409);
        assertThat(encore.json().get("detail").asText())
                .isEqualTo("La tâche « Vérifier la recevabilité » a déjà été terminée.");
        assertThat(inconnue.status()).isEqualTo(404);
    }

    @Test
    void members_do_not_see_the_tasks_of_the_equipe() {
        assertThat(api.get("membre3", "/api/taches?dossierId=" + dossierId).json()).isEmpty();
    }

    private JsonNode dossier() {
        return api.get("coordinateur", "/api/dossiers/" + dossierId).json();
    }

    private JsonNode tache(String utilisateur, String cle) {
        return taches.tache(utilisateur, dossierId, cle);
    }

    private String completer(String utilisateur, String cle) {
        return taches.completer(utilisateur, dossierId, cle);
    }

    private void terminer(String utilisateur, String cle, Map<String, Object> champs) {
        taches.terminer(utilisateur, dossierId, cle, champs);
    }
}
