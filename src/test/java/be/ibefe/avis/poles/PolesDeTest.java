package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.poles.Saisies.DecisionInstanceSaisie;
import be.ibefe.avis.poles.Saisies.MembreSaisi;
import be.ibefe.avis.poles.Saisies.PoleSaisi;
import be.ibefe.avis.poles.Saisies.ReunionSaisie;
import be.ibefe.avis.seance.Mandat;
import be.ibefe.avis.seance.Mandats;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.system.ClockConfig;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * An active pôle de synergies of Liège that has met, for the tests of its avis d'opportunité: proposed, its member
 * approved with it by an Instance plénière, then a meeting (by videoconference) with that member present, all on
 * {@code jour} (the engine's clock, which is the application's, is set to that day meanwhile).
 */
@Component
public final class PolesDeTest {

    private static final AtomicInteger NUMERO = new AtomicInteger();

    private final Poles poles;
    private final SeanceService seances;
    private final Mandats mandats;

    public PolesDeTest(Poles poles, SeanceService seances, Mandats mandats) {
        this.poles = poles;
        this.seances = seances;
        this.mandats = mandats;
    }

    /** The pôle, its name and the meeting where it can give an avis. */
    public record PoleReuni(long poleId, String nom, long reunionId, LocalDate jour) {
    }

    /** The n° of one pôle met on {@code jour}, created the first time it is asked for, the same after. */
    public LongSupplier unPole(LocalDate jour) {
        AtomicLong pole = new AtomicLong();
        return () -> pole.updateAndGet(id -> id != 0 ? id : reuni(jour).poleId());
    }

    public PoleReuni reuni(LocalDate jour) {
        return reuni(jour, List.of());
    }

    /** The same, interbassin: {@code associes} take part in the pôle Liège carries. */
    public PoleReuni reuni(LocalDate jour, List<String> associes) {
        ClockUtil.setCurrentTime(Date.from(jour.atTime(10, 0).atZone(ClockConfig.BRUXELLES).toInstant()));
        try {
            String nom = "Pôle de synergies communication et multimédia n° " + NUMERO.incrementAndGet();
            PoleView pole = poles.creer(new PoleSaisi("LIE", NaturePole.POLE, nom, "Communication, média et multimédia",
                    null, 36, associes));
            poles.ajouterMembre(pole.id(), new MembreSaisi("Le Forem", "Conseillère formation",
                    CategorieMembre.OPERATEURS_EMPLOI_FORMATION_INSERTION, "Liège", jour));
            long pleniere = seances.creer(new SeanceService.NouvelleSeance(Chambre.INSTANCE_PLENIERE, jour, "Liège",
                    mandats.enCours("LIE", Chambre.INSTANCE_PLENIERE, jour).stream().map(Mandat::getMembre).toList(),
                    List.of(), "LIE")).id();
            poles.approbationsEnAttente().stream().filter(a -> a.poleId() == pole.id())
                    .forEach(a -> poles.decider(a.id(), new DecisionInstanceSaisie(pleniere, true, null)));
            seances.cloturer(pleniere);
            List<Long> membres = poles.consulter(pole.id()).membres().stream().map(PoleView.Membre::id).toList();
            PoleView reuni = poles.ajouterReunion(pole.id(), new ReunionSaisie(jour, true, null,
                    "Avis d'opportunité demandés au pôle", membres, List.of("Le pôle rend ses avis d'opportunité.")));
            return new PoleReuni(pole.id(), nom, reuni.reunions().get(0).id(), jour);
        } finally {
            ClockUtil.reset();
        }
    }
}
