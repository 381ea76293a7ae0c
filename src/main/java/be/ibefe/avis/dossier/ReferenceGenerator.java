package be.ibefe.avis.dossier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out {@code CSEF-<year>-<number>} references, numbered from 1 each year. The year's counter row stays
 * locked until the registering transaction ends, so two requests never get the same number and a rolled back
 * registration gives its number back.
 */
@Component
class ReferenceGenerator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate nouvelleTransaction;
    private final String prefixe;

    ReferenceGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            @Value("${avis.reference.prefixe}") String prefixe) {
        this.jdbc = jdbc;
        this.nouvelleTransaction = new TransactionTemplate(transactionManager);
        this.nouvelleTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.prefixe = prefixe;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String prochaine(int annee) {
        if (incrementer(annee) == 0) {
            creerCompteur(annee);
            incrementer(annee);
        }
        Integer numero = jdbc.queryForObject("select dernier from dossier_compteur where annee = ?", Integer.class,
                annee);
        return "%s-%d-%04d".formatted(prefixe, annee, numero);
    }

    private int incrementer(int annee) {
        return jdbc.update("update dossier_compteur set dernier = dernier + 1 where annee = ?", annee);
    }

    private void creerCompteur(int annee) {
        try {
            nouvelleTransaction.executeWithoutResult(
                    status -> jdbc.update("insert into dossier_compteur (annee, dernier) values (?, 0)", annee));
        } catch (DataIntegrityViolationException dejaCree) {
            // a concurrent registration created this year's counter first: use it
        }
    }
}
