package be.ibefe.avis.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lazy collection is read with those of the same kind that the transaction holds, in one query: the séance's view
 * reads the criteria of its ten dossiers at once, not one dossier after the other.
 */
@AvisIntegrationTest
class LecturesGroupeesIT {

    @LocalServerPort
    int port;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reading_the_criteria_of_one_dossier_reads_those_of_the_others_the_transaction_holds() {
        Api api = new Api(port);
        List<Long> ids = Stream.of(1, 2, 3).map(i -> api.post("coordinateur", "/api/dossiers",
                Demandes.creditAdaptation()).json().get("id").asLong()).toList();
        PersistenceUnitUtil chargement = entityManagerFactory.getPersistenceUnitUtil();

        List<Boolean> luesEnMemeTemps = new TransactionTemplate(transactions).execute(statut -> {
            List<Dossier> lus = dossiers.findAllById(ids);
            lus.get(0).getCriteres();
            lus.get(0).getHistorique();
            return lus.stream().skip(1).flatMap(d -> Stream.of(chargement.isLoaded(d, "criteres"),
                    chargement.isLoaded(d, "historique"))).toList();
        });

        assertThat(luesEnMemeTemps).hasSize(4).containsOnly(true);
    }
}
