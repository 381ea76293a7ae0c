package be.ibefe.avis.calendrier;

import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.seance.SeancesDuCalendrier;
import be.ibefe.avis.system.ClockConfig;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bassin's calendar: its recurring milestones, the séances of every body, and for one person his tasks' due dates.
 * The bassin is always named by the caller, who has checked it is the reader's own.
 */
@Service
public class CalendrierDuBassin {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JalonRepository jalons;
    private final SeancesDuCalendrier seances;
    private final IdentitesBassins identites;
    private final TaskService taskService;
    private final IdentityService identityService;

    CalendrierDuBassin(JalonRepository jalons, SeancesDuCalendrier seances, IdentitesBassins identites,
            TaskService taskService, IdentityService identityService) {
        this.jalons = jalons;
        this.seances = seances;
        this.identites = identites;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The bassin's milestones; the first time, the defaults of the sources become its own. */
    @Transactional
    public List<Jalon> jalons(String bassin) {
        if (!jalons.existsByBassin(bassin)) {
            jalons.saveAllAndFlush(JalonsParDefaut.JALONS.stream().map(d -> new Jalon(bassin, d)).toList());
        }
        return jalons.findByBassinOrderByMoisDebutAscJourDebutAscCodeAsc(bassin);
    }

    /**
     * What happens between two days: the milestones' occurrences that overlap them, the séances, and with
     * {@code login} the due dates of the tasks he holds; a member who neither coordinates nor works in the équipe
     * sees the séances he is convened to.
     */
    @Transactional
    public List<Evenement> entre(String bassin, LocalDate du, LocalDate au, String login) {
        List<Evenement> evenements = new ArrayList<>();
        for (Jalon jalon : jalons(bassin)) {
            for (int annee = du.getYear(); annee <= au.getYear(); annee++) {
                jalon.en(annee).filter(o -> !o.fin().isBefore(du) && !o.debut().isAfter(au)).ifPresent(o ->
                        evenements.add(new Evenement("jalon-%s-%s-%d".formatted(bassin, jalon.getCode(),
                                o.debut().getYear()), Evenement.Nature.JALON, o.debut(), o.fin(), jalon.getLibelle(),
                                o.debut().equals(o.fin()) ? "Le " + o.debut().format(JOUR) + "."
                                        : "Du %s au %s.".formatted(o.debut().format(JOUR), o.fin().format(JOUR)))));
            }
        }
        String convoque = login == null || organise(login) ? null : login;
        var enTete = identites.enTete(bassin, du);
        for (SeancesDuCalendrier.SeancePrevue s : seances.entre(bassin, du, au, convoque)) {
            evenements.add(new Evenement("seance-%d".formatted(s.id()), Evenement.Nature.SEANCE, s.date(), s.date(),
                    "%s du %s".formatted(enTete.libelle(s.chambre()), s.date().format(JOUR)),
                    fiche(s)));
        }
        if (login != null) {
            for (Task tache : taskService.createTaskQuery().taskAssignee(login).tenantIdIn(bassin).list()) {
                if (tache.getDueDate() == null) {
                    continue;
                }
                LocalDate due = tache.getDueDate().toInstant().atZone(ClockConfig.BRUXELLES).toLocalDate();
                if (!due.isBefore(du) && !due.isAfter(au)) {
                    evenements.add(new Evenement("tache-" + tache.getId(), Evenement.Nature.TACHE, due, due,
                            "À faire : " + tache.getName(), tache.getDescription() == null ? "" : tache.getDescription()));
                }
            }
        }
        evenements.sort(Comparator.comparing(Evenement::debut).thenComparing(Evenement::titre));
        return evenements;
    }

    /**
     * A séance's card: its place, then its agenda on a line of its own, so that a reference never reads as part of
     * the address.
     */
    static String fiche(SeancesDuCalendrier.SeancePrevue seance) {
        String lieu = seance.lieu() == null || seance.lieu().isBlank() ? "—" : seance.lieu().strip();
        String ordre = seance.ordreDuJour().isEmpty() ? "—" : String.join(", ", seance.ordreDuJour());
        return "Lieu : " + lieu + "\nOrdre du jour : " + ordre;
    }

    private boolean organise(String login) {
        return identityService.createGroupQuery().groupMember(login).list().stream()
                .anyMatch(g -> Groupes.COORDINATION.equals(g.getId()) || Groupes.EQUIPE.equals(g.getId()));
    }
}
