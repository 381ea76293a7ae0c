package be.ibefe.avis.poles;

import be.ibefe.avis.report.PolesDeLAnnee;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bassin's pôles and working groups of a year, for the activity report: those it carries that existed in the year
 * (created by its end, not closed before its start; a pôle the Instance refused never existed), their members of the
 * year, the meetings held in the year and their fiches projets with the indicators as recorded.
 */
@Component
class PolesDuRapport implements PolesDeLAnnee {

    private final Poles poles;

    PolesDuRapport(Poles poles) {
        this.poles = poles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PoleDeLAnnee> poles(String bassin, int annee) {
        LocalDate premier = LocalDate.of(annee, 1, 1);
        LocalDate dernier = LocalDate.of(annee, 12, 31);
        return poles.duBassin(bassin).stream()
                .filter(p -> p.bassin().equals(bassin) && !StatutPole.REFUSE.name().equals(p.statut())
                        && p.creeLe().atZone(be.ibefe.avis.system.ClockConfig.BRUXELLES).getYear() <= annee
                        && (p.closLe() == null || !p.closLe().isBefore(premier)))
                .map(p -> new PoleDeLAnnee(p.nom(), p.natureLibelle(), p.statutLibelle(), p.debut(), p.fin(),
                        Arrays.stream(CategorieMembre.values()).map(c -> new MembresCategorie(c.libelle(),
                                p.membres().stream().filter(m -> m.categorie().equals(c.name())
                                        && StatutApprobation.APPROUVE.name().equals(m.statut())
                                        && !m.debut().isAfter(dernier)
                                        && (m.fin() == null || !m.fin().isBefore(premier))).count())).toList(),
                        p.reunions().stream().filter(r -> r.date().getYear() == annee)
                                .sorted(java.util.Comparator.comparing(PoleView.Reunion::date))
                                .map(r -> new ReunionTenue(r.date(), r.webinaire(),
                                        r.presences().stream().filter(PoleView.Presence::present).count(),
                                        r.decisions().size())).toList(),
                        p.fiches().stream().map(f -> new FicheDuPole(f.titre(), f.statutLibelle(),
                                f.indicateurs().stream().map(i -> new IndicateurDuPole(i.libelle(), i.natureLibelle(),
                                        i.cibleTexte(), i.reelTexte())).toList())).toList()))
                .toList();
    }
}
