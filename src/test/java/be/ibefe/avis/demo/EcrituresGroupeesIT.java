package be.ibefe.avis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.AvisIntegrationTest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The replay's grouped writing on the tests' own databases, H2 in memory (which writes no file) and PostgreSQL (the
 * {@code postgres-it} run, which has no such setting): the work runs and no statement of H2's setting or checkpoint
 * is sent. {@link EcrituresGroupeesTest} checks an H2 database in a file.
 */
@AvisIntegrationTest
class EcrituresGroupeesIT {

    @Autowired
    DataSource source;

    @Test
    void on_h2_in_memory_and_on_postgresql_nothing_is_set() {
        List<String> ordres = new CopyOnWriteArrayList<>();
        DataSource suivie = new DelegatingDataSource(source) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return suivre(super.getConnection(), Connection.class, ordres);
            }
        };

        int resultat = new EcrituresGroupees(suivie).pendant(() -> new JdbcTemplate(suivie)
                .queryForObject("select 1", Integer.class));

        assertThat(resultat).isEqualTo(1);
        assertThat(ordres).as("the statements sent").contains("select 1")
                .noneMatch(ordre -> ordre.toUpperCase().contains("WRITE_DELAY"))
                .noneMatch(ordre -> ordre.toUpperCase().contains("CHECKPOINT"));
    }

    /** {@code objet} seen through its interface, the SQL text of every statement it makes or runs written down. */
    private static <T> T suivre(T objet, Class<T> type, List<String> ordres) {
        InvocationHandler suivi = (proxy, methode, arguments) -> {
            if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
                    && (methode.getName().startsWith("execute") || methode.getName().startsWith("prepare"))) {
                ordres.add(sql);
            }
            try {
                Object retour = methode.invoke(objet, arguments);
                return retour instanceof Statement statement && methode.getName().equals("createStatement")
                        ? suivre(statement, Statement.class, ordres) : retour;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(EcrituresGroupeesIT.class.getClassLoader(), new Class<?>[] {type},
                suivi));
    }
}
