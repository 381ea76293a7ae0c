package be.ibefe.avis.audit;

import be.ibefe.avis.security.JournalDesDeverrouillages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An unlock of an account, as a line of the audit journal, by whoever asked for it. */
@Component
class DeverrouillagesAuJournal implements JournalDesDeverrouillages {

    private final Journal journal;

    DeverrouillagesAuJournal(Journal journal) {
        this.journal = journal;
    }

    @Override
    public void deverrouille(String login, boolean verrouille, int adresses) {
        journal.consigner("COMPTE_DEVERROUILLE", "Compte", login, null,
                Map.of("verrouille", verrouille, "adresses", adresses), Map.of("verrouille", false));
    }
}
