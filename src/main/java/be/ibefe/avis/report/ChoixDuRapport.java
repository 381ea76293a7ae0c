package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Perimetre;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The year and the bassin the report's page and the dashboard show: the year asked for, or by default the current
 * one when dossiers were received in it, else the last year with dossiers; for a user who sees several bassins (the
 * regional role), all of them or the one chosen. Puts the selectors' choices in the page's model.
 */
@Component
class ChoixDuRapport {

    private final RapportQueries queries;
    private final Perimetre perimetre;
    private final Clock clock;

    ChoixDuRapport(RapportQueries queries, Perimetre perimetre, Clock clock) {
        this.queries = queries;
        this.perimetre = perimetre;
        this.clock = clock;
    }

    /** Narrows the request to the bassin chosen (none: every bassin in view) and gives the year to show. */
    int choisir(String annee, String bassin, Model model) {
        Perimetre.ChoixBassin choix = perimetre.choisir(bassin);
        int courante = LocalDate.now(clock).getYear();
        int an = annee == null || annee.isBlank() ? queries.derniereAnneeAvecDossiers(courante).orElse(courante)
                : AnneeDuRapport.lire(annee, clock);
        model.addAttribute("annee", an);
        model.addAttribute("annees", IntStream.rangeClosed(AnneeDuRapport.PREMIERE, courante).map(a -> courante
                - a + AnneeDuRapport.PREMIERE).boxed().toList());
        model.addAttribute("bassins", choix.proposes());
        model.addAttribute("bassin", choix.choisi());
        return an;
    }
}
