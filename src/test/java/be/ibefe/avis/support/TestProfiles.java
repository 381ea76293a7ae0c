package be.ibefe.avis.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Integration tests run on in-memory H2 by default and on the real PostgreSQL server with
 * {@code -Davis.test.db=postgres} (Maven profile postgres-it, used by .ci/run).
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean surPostgres() {
        return "postgres".equals(System.getProperty("avis.test.db"));
    }

    public static String[] profils() {
        return surPostgres() ? new String[] {"demo", "postgres", "test"} : new String[] {"demo", "test"};
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return profils();
    }
}
