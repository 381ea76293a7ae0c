package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.support.Travaux;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the process writes is what the report reads: dossiers of 2006 driven through the real CISP process. */
@AvisIntegrationTest
class RapportDepuisLeProcessusIT {

    @Autowired
    DossierService dossiers;

    @Autowired
    TaskService taches;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    RapportService rapports;

    @Autowired
    SeanceService seances;

    @Autowired
    Mandats mandats;

    @Autowired
    Travaux travaux;

    @Autowired
    StatistiquesService statistiques;

    @Test
    void a_dossier_notified_through_the_process_counts_as_analysed_with_its_processing_time() throws Exception {
        long notifie = pretPourSeance();
        long ajourne = pretPourSeance();
        LocalDate jour = LocalDate.of(2024, 5, 28);
        long seance = seances.creer(new SeanceService.NouvelleSeance(Chambre.CSEF, jour, "Liège",
                mandats.enCours(Chambre.CSEF, jour).stream().map(Mandat::getMembre).toList())).id();
        seances.ajouter(seance, notifie);
        seances.ajouter(seance, ajourne);
        seances.deliberer(seance, deliberation(notifie, Decision.FAVORABLE, "Conforme au décret."));
        seances.deliberer(seance, deliberation(ajourne, Decision.AJOURNE, "Audition du centre."));
        seances.cloturer(seance);

        DossierView vu = dossiers.consulter(notifie);
        assertThat(vu.statut()).isEqualTo(Statut.NOTIFIE);
        LocalDate notification = vu.historique().stream().filter(h -> h.statut() == Statut.NOTIFIE).findFirst()
                .orElseThrow().date().atZone(ClockConfig.BRUXELLES).toLocalDate();

        ActiviteType cisp = rapports.rapportActivite(2006).types().get(0);
        assertThat(cisp.type()).isEqualTo(AvisType.CISP_AGREMENT);
        assertThat(cisp.compteurs()).isEqualTo(new Compteurs(2, 1, 1, 0, 0, 0, 1, 0));
        Delais delais = statistiques.statistiques(2006).types().get(0).delais();
        assertThat(delais.notifies()).isEqualTo(1);
        assertThat(delais.delaiMedianJours().longValueExact())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2006, 3, 14), notification));
        assertThat(delais.notifiesEnRetard()).isEqualTo(1);
        assertThat(delais.ouvertsEnRetard()).isEqualTo(1);
    }

    private long enregistrer() throws Exception {
        ObjectNode demande = Demandes.cispNouvelleFiliere().put("dateReception", "2006-03-14")
                .put("echeance", "2006-05-30");
        return dossiers.enregistrer(objectMapper.treeToValue(demande, NouveauDossier.class)).dossier().id();
    }

    private long pretPourSeance() throws Exception {
        long id = enregistrer();
        terminer(id, Map.of("complet", true));
        travaux.executerEnAttente();
        terminer(id, Map.of("propositionAvis", "FAVORABLE", "motivation", "Filière en pénurie."));
        return id;
    }

    private static SeanceService.Deliberation deliberation(long dossierId, Decision decision, String motivation) {
        return new SeanceService.Deliberation(dossierId, decision, motivation, null, null, null, null, null, null,
                null);
    }

    private void terminer(long dossierId, Map<String, Object> champs) {
        Map<String, Object> variables = new HashMap<>(champs);
        variables.putIfAbsent("recommandation", null);
        variables.putIfAbsent("piecesManquantes", null);
        taches.complete(taches.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossierId))
                .singleResult().getId(), variables);
    }
}
