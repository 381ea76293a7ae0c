package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Perimetre;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final Bassins bassins;
    private final Clock clock;

    ChoixDuRapport(RapportQueries queries, Perimetre perimetre, Bassins bassins, Clock clock) {
        this.queries = queries;
        this.perimetre = perimetre;
        this.bassins = bassins;
        this.clock = clock;
    }

    /** Narrows the request to the bassin chosen (none: every bassin in view) and gives the year to show. */
    int choisir(String annee, String bassin, Model model) {
        List<Bassins.BassinView> siens = bassins.lister().stream().filter(b -> perimetre.voit(b.code())).toList();
        String choisi = siens.stream().map(Bassins.BassinView::code)
                .filter(c -> c.equalsIgnoreCase(bassin == null ? "" : bassin.trim())).findFirst().orElse(null);
        perimetre.restreindre(choisi);
        int courante = LocalDate.now(clock).getYear();
        int an = annee == null || annee.isBlank() ? queries.derniereAnneeAvecDossiers(courante).orElse(courante)
                : AnneeDuRapport.lire(annee, clock);
        model.addAttribute("annee", an);
        model.addAttribute("annees", IntStream.rangeClosed(AnneeDuRapport.PREMIERE, courante).map(a -> courante
                - a + AnneeDuRapport.PREMIERE).boxed().toList());
        model.addAttribute("bassins", siens.size() > 1 ? siens : List.of());
        model.addAttribute("bassin", choisi);
        return an;
    }
}
