package be.ibefe.avis.security;

/**
 * Where an unlock of an account is written down. The security layer sits below the audit journal
 * (see {@code ArchitectureTest}): it names what it needs here, and the journal's package provides it
 * ({@code audit/DeverrouillagesAuJournal}), called inside the unlock's own transaction.
 */
public interface JournalDesDeverrouillages {

    /**
     * Records that the failures of {@code login} were forgotten by an unlock.
     *
     * @param verrouille whether a lock was in force at that moment
     * @param adresses   how many addresses had failures counted for that login
     */
    void deverrouille(String login, boolean verrouille, int adresses);
}
