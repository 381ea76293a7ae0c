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
 * Hands out {@code <bassin>-CSEF-<year>-<number>} references (e.g. {@code LIE-CSEF-2024-0007}), numbered from 1 each
 * year in each bassin: unique across the bassins of the deployment. The counter row of the bassin's year stays
 * locked until the registering transaction ends, so two requests never get the same number and a rolled back
 * registration gives its number back. References given before bassins existed ({@code CSEF-2024-0007}) keep their
 * form: they are on letters already sent.
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
    public String prochaine(String bassin, int annee) {
        if (incrementer(bassin, annee) == 0) {
            creerCompteur(bassin, annee);
            incrementer(bassin, annee);
        }
        Integer numero = jdbc.queryForObject("select dernier from bassin_compteur where bassin = ? and annee = ?",
                Integer.class, bassin, annee);
        return "%s-%s-%d-%04d".formatted(bassin, prefixe, annee, numero);
    }

    private int incrementer(String bassin, int annee) {
        return jdbc.update("update bassin_compteur set dernier = dernier + 1 where bassin = ? and annee = ?", bassin,
                annee);
    }

    private void creerCompteur(String bassin, int annee) {
        try {
            nouvelleTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into bassin_compteur (bassin, annee, dernier) values (?, ?, 0)", bassin, annee));
        } catch (DataIntegrityViolationException dejaCree) {
            // a concurrent registration created this year's counter first: use it
        }
    }
}
